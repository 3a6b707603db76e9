namespace Jixiao.Documents.Workbook;

/// <summary>
/// The target-declaration workbook (目标申报工作簿, `jixiao targets new`): next year's 部门整体支出绩效目标表 and
/// 项目支出绩效目标表, with last year's targets and actuals beside the new targets as 历史标准. Defined once for the
/// template writer and the importer, like <see cref="WorkbookLayout"/>, whose blocks it reuses where the tables are the
/// same (部门职能, 预算整体情况, 年度重点工作任务, the indicator columns).
/// </summary>
public static class DeclarationLayout
{
    public const string MarkerPrefix = "jixiao-targets-";

    /// <summary>The template version the workbook records on its 说明 sheet.</summary>
    public const string Marker = MarkerPrefix + "1";

    /// <summary>The indicator columns shared by the department's and the projects' indicators, after any key column.</summary>
    private static IEnumerable<ColumnSpec> IndicatorColumns =>
    [
        .. WorkbookLayout.Indicators.Columns.TakeWhile(c => c.Key != "reference"),
        new("priorTarget", "历史标准：上年指标值", CellKind.Text, 18, ColumnRole.Prior, Note: "上年申报的年度指标值（--from 预填）"),
        new("priorActual", "历史标准：上年实际值", CellKind.Text, 18, ColumnRole.Prior, Note: "上年的实际完成值（--from 预填，上年报告中有时）"),
        new("reason", "调整理由", CellKind.LongText, 30, Note: "年度指标值与上年指标值不同时，写明调整的理由"),
        new("explanation", "指标解释", CellKind.LongText, 30, Note: "指标的含义、计算口径和数据来源"),
        new("evidence", "佐证材料", CellKind.LongText, 24, Note: "完成情况的佐证材料，如 执法台账、满意度调查报告"),
    ];

    // 部门整体目标

    public static readonly FormSpec BasicForm = new("【基本信息】", "申报的部门、年度和基本信息。", [
        new("department", "部门名称", CellKind.Text, Required: true, Note: "部门全称，如“广州市天河区应急管理局”"),
        new("year", "年度", CellKind.Year, Required: true, Note: "申报目标的预算年度，四位数字"),
        .. WorkbookLayout.BasicInfoFields,
    ]);

    public static readonly FormSpec GoalForm = new("【总体绩效目标】", "部门整体支出的年度总体绩效目标。", [
        new("goal", "总体绩效目标", CellKind.LongText, Note: "概述本年度预期达到的产出和效果"),
    ]);

    public static readonly SheetSpec Department = new("部门整体目标", "部门整体支出绩效目标表：基本信息、部门职能、预算整体情况、总体绩效目标和年度重点工作任务。", HasMoneyUnit: true,
        [BasicForm, WorkbookLayout.Functions, WorkbookLayout.Overview, GoalForm, WorkbookLayout.KeyTasks]);

    // 绩效指标

    public static readonly TableSpec Indicators = new("【绩效指标】", "部门整体支出的绩效指标，每行一个三级指标；年度指标值由指标性质、指标值和度量单位连写而成（如“≥”“2000”“家”即“≥2000家”）；蓝色的历史标准是上年的指标值和实际值。",
        [.. IndicatorColumns], SpareRows: 20);

    public static readonly SheetSpec IndicatorSheet = new("绩效指标", "部门整体支出绩效目标表的绩效指标，与上年的指标值、实际值并列。", HasMoneyUnit: false, [Indicators]);

    // 项目目标

    public static readonly TableSpec Projects = new("【项目】", "项目支出绩效目标表的表头，每行一个项目；年度资金总额 = 财政拨款 + 其他资金（自动计算）。只填了名称和单位的项目不导入。", [
        new("name", "项目名称", CellKind.Text, 40, ColumnRole.Key),
        new("department", "主管部门", CellKind.Text, 30, ColumnRole.Key),
        new("implementingUnit", "实施单位", CellKind.Text, 24, ColumnRole.Key),
        new("total", "年度资金总额", CellKind.Money, 16, ColumnRole.Derived, Derivation: Derivation.Balance(new("fiscal"), new("other"))),
        new("fiscal", "其中：财政拨款", CellKind.Money, 16),
        new("other", "其中：其他资金", CellKind.Money, 16),
        new("goal", "年度总体目标", CellKind.LongText, 50),
        new("reference", "上年实际支出（参考）", CellKind.Money, 20, ColumnRole.Reference),
    ], SpareRows: 10);

    public static readonly TableSpec ProjectIndicators = new("【项目绩效指标】", "各项目的绩效指标，每行一个三级指标，第一列写所属项目的名称（与【项目】中的项目名称一致）；各列与“绩效指标”工作表相同。",
        [new("project", "项目名称", CellKind.Text, 30, ColumnRole.Key, Note: "与【项目】中的项目名称一致"), .. IndicatorColumns], SpareRows: 30);

    public static readonly SheetSpec ProjectSheet = new("项目目标", "项目支出绩效目标表：每个项目的资金、年度总体目标和绩效指标。", HasMoneyUnit: true, [Projects, ProjectIndicators]);

    /// <summary>The data sheets in workbook order (after 说明).</summary>
    public static readonly IReadOnlyList<SheetSpec> Sheets = [Department, IndicatorSheet, ProjectSheet];

    public static readonly IReadOnlyList<string> Rules =
    [
        "按工作表逐项填写：白色单元格由您填写；灰色单元格是公式，自动计算；蓝色单元格是上年的数据：“历史标准”两列导入为指标的历史标准，其他蓝色单元格仅供参考，不导入。",
        "用上年报告生成时（jixiao targets new --from），年度指标值已按上年的指标值预填：不修改即延续上年目标；修改时请在“调整理由”中写明理由。上年实际值明显高于指标值时，应提高目标。",
        "金额单位：有金额的工作表第 2 行有“金额单位”单元格（元 或 万元），该表的所有金额都按它读取。",
        "带下拉列表的单元格请从列表中选择；指标值写明方向、数值和度量单位（如 ≥ 2000 家），定性指标写出可判断的标准。",
        "请不要改动工作表名、各部分的标题（【…】）和表头，也不要删除本说明页：导入时按它们找到各部分。",
        "填好后：jixiao targets lint 本文件.xlsx 检查绩效指标；jixiao import 本文件.xlsx -o targets.json 导入为模型。出错时每个问题一行，指明工作表和单元格，如“绩效指标!F12：…”。",
    ];

    /// <summary>The target-declaration workbook as the template writer and the importer see it.</summary>
    public static readonly WorkbookDefinition Definition = new("目标申报工作簿", MarkerPrefix, Marker, "绩效目标申报工作簿（Jixiao）", Rules, Sheets);
}
