using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// The Jixiao workbook (自评工作簿) — its sheets, blocks, columns, fields, drop-down lists and formulas — defined once
/// for <see cref="TemplateWriter"/> and <see cref="WorkbookImporter"/>, so that what the template writes and what the
/// importer reads cannot drift apart. Every sheet but 说明 has a title in row 1 and, where it holds amounts, the
/// 金额单位 cell in row 2; its blocks follow from row 4.
/// </summary>
public static class WorkbookLayout
{
    /// <summary>What every version of the marker starts with: a workbook whose marker starts so is a Jixiao workbook.</summary>
    public const string MarkerPrefix = "jixiao-workbook-";

    /// <summary>The template version the workbook records on its 说明 sheet (<see cref="MarkerCell"/>).</summary>
    public const string Marker = MarkerPrefix + "1";

    /// <summary>The sheet that explains the workbook and carries the marker.</summary>
    public const string InstructionsSheet = "说明";

    /// <summary>The cell of <see cref="InstructionsSheet"/> holding <see cref="Marker"/>: how a Jixiao workbook is recognised.</summary>
    public const string MarkerCell = "B2";

    /// <summary>The label of the money-unit cell (row 2, column A; the unit is in column B).</summary>
    public const string MoneyUnitLabel = "金额单位";

    /// <summary>The sheet row of the money-unit cell.</summary>
    public const int MoneyUnitRow = 2;

    /// <summary>The sheet row of the first block.</summary>
    public const int FirstBlockRow = 4;

    /// <summary>The defined name of the unit list (下属单位) that the unit column of 预算执行明细 offers.</summary>
    public const string UnitsRangeName = "Jixiao_Units";

    /// <summary>The department's own block of basic expenditure is named like 表3's first block.</summary>
    public const string DepartmentBlockName = "基本支出";

    /// <summary>The text the template writes in the 范围 column of the department's basic-expenditure rows.</summary>
    public const string DepartmentScope = "部门整体";

    public const string BasicTotalLabel = "基本支出合计";

    public const string ProjectTotalLabel = "项目支出合计";

    public const string TotalLabel = "合计";

    public const string PersonnelLabel = "人员经费";

    public const string OperatingLabel = "日常公用经费";

    /// <summary>The basic-expenditure lines of every block, in 表3's order (after the total row).</summary>
    public static readonly IReadOnlyList<string> BasicLines = [PersonnelLabel, OperatingLabel, "因公出国（境）经费", "公务用车购置及运行维护费", "公务接待费"];

    /// <summary>The economic classes (部门预算支出经济分类) a template without a previous report lists.</summary>
    public static readonly IReadOnlyList<string> EconomicClasses =
        ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "债务利息及费用支出", "资本性支出（基本建设）", "资本性支出", "对企业补助（基本建设）", "对企业补助", "对社会保障基金补助", "其他支出"];

    /// <summary>The revenue sources a template without a previous report lists under 合计.</summary>
    public static readonly IReadOnlyList<string> RevenueSources = ["财政拨款", "其他资金"];

    /// <summary>The 指标性质 values: the comparison written before the target value, or 定性.</summary>
    public static readonly IReadOnlyList<string> Natures = ["≥", "≤", "=", ">", "<", Qualitative];

    public const string Qualitative = "定性";

    public static readonly Choices MoneyUnitChoices = Choices.Of("元", "万元");

    internal static readonly Choices CategoryChoices = Choices.Of([.. Enum.GetValues<IndicatorCategory>().Select(IndicatorNames.Category)]);

    internal static readonly Choices SubcategoryChoices = Choices.Of([.. Enum.GetValues<IndicatorSubcategory>().Select(IndicatorNames.Subcategory)]);

    private static readonly Choices LineChoices = Choices.Of([BasicTotalLabel, .. BasicLines]);

    private static readonly Choices CauseChoices = Choices.Of([.. Enum.GetValues<DeviationCause>().Select(MonitoringWords.Name)]);

    private static readonly Choices LikelihoodChoices = Choices.Of([.. Enum.GetValues<CompletionLikelihood>().Select(MonitoringWords.Name)]);

    // 基本情况

    public static readonly FormSpec ProfileForm = new("【基本信息】", "报告的部门和年度。", [
        new("department", "部门名称", CellKind.Text, Required: true, Note: "部门全称，如“广州市天河区应急管理局”"),
        new("year", "年度", CellKind.Year, Required: true, Note: "自评的预算年度，四位数字"),
        new("title", "报告标题", CellKind.Text, Note: "可不填，生成报告时按“年度+部门+部门整体支出绩效自评报告”拟定"),
    ]);

    public static readonly TableSpec Units = new("【下属单位】", "有下属单位（局本级、二级单位）时逐个列出，每行一个；预算执行明细的“单位”列从这里选。", [
        new("seq", "序号", CellKind.Count, 8, ColumnRole.Fixed),
        new("name", "单位名称", CellKind.Text, 60, Note: "与预算执行明细中的单位名称一致"),
    ], SpareRows: 10);

    public static readonly TableSpec Functions = new("【部门职能】", "部门职能，每行一项。", [
        new("seq", "序号", CellKind.Count, 8, ColumnRole.Fixed),
        new("text", "内容", CellKind.LongText, 60),
    ], SpareRows: 10);

    public static readonly TableSpec AnnualWork = new("【年度总体工作和重点工作任务】", "本年度总体工作和重点工作任务的完成情况，每行一段。", [
        new("seq", "序号", CellKind.Count, 8, ColumnRole.Fixed),
        new("text", "内容", CellKind.LongText, 60),
    ], SpareRows: 20);

    public static readonly SheetSpec Profile = new("基本情况", "部门名称、年度、下属单位、部门职能和年度工作。", HasMoneyUnit: false,
        [ProfileForm, Units, Functions, AnnualWork]);

    // 绩效目标与指标

    /// <summary>
    /// The basic counts (基本信息) of a 部门整体支出绩效目标表, fields of both workbooks' target forms (<see cref="TargetForm"/>,
    /// <see cref="DeclarationLayout.BasicForm"/>); imported as <see cref="PerformanceTargetTable.BasicInfo"/> under their labels.
    /// </summary>
    public static readonly IReadOnlyList<FieldSpec> BasicInfoFields =
    [
        new("staff", "财政供养人员数", CellKind.Count, Note: "人数"),
        new("subUnits", "下属二级单位数", CellKind.Count, Note: "个数"),
    ];

    public static readonly FormSpec TargetForm = new("【目标表基本信息】", "部门整体支出绩效目标表的总体绩效目标和基本信息。", [
        new("goal", "总体绩效目标", CellKind.LongText),
        .. BasicInfoFields,
    ]);

    public static readonly FormSpec Overview = new("【预算整体情况】", "绩效目标表中的预算整体情况，金额按本表的金额单位。", [
        new("basic", "部门预算支出：基本支出", CellKind.Money),
        new("project", "部门预算支出：项目支出", CellKind.Money),
        new("fiscalAppropriation", "收入来源：财政拨款", CellKind.Money),
        new("otherFunds", "收入来源：其他资金", CellKind.Money),
        new("specialFunds", "事业发展性支出：财政专项资金", CellKind.Money),
        new("otherDevelopment", "事业发展性支出：其他事业发展性支出", CellKind.Money),
        new("ownLevel", "按预算级次：本级使用资金", CellKind.Money),
        new("transfersDown", "按预算级次：拟用于对下转移支付资金", CellKind.Money),
    ]);

    public static readonly TableSpec KeyTasks = new("【年度重点工作任务】", "绩效目标表中的年度重点工作任务，每行一项。", [
        new("name", "任务名称", CellKind.Text, 36, ColumnRole.Key),
        new("content", "主要实施内容", CellKind.LongText, 40),
        new("funds", "拟投入的资金", CellKind.Money, 16),
        new("expected", "期望达到的目标", CellKind.LongText, 40),
    ], SpareRows: 10);

    public static readonly TableSpec Indicators = new("【绩效指标】", "部门整体支出绩效目标的绩效指标，每行一个三级指标；年度指标值由指标性质、指标值和度量单位连写而成（如“≥”“2000”“家”即“≥2000家”）。", [
        new("level1", "一级指标", CellKind.Text, 36, ColumnRole.Key, CategoryChoices, Note: "从列表中选"),
        new("level2", "二级指标", CellKind.Text, 40, ColumnRole.Key, SubcategoryChoices, Note: "从列表中选"),
        new("name", "三级指标", CellKind.Text, 30),
        new("nature", "指标性质", CellKind.Text, 10, Choices: Choices.Of([.. Natures]), Note: "≥ 不低于、≤ 不高于、= 等于、> 高于、< 低于；文字表述的指标选“定性”；可不填"),
        new("value", "指标值", CellKind.Text, 16, Note: "数值或文字，如 2000、100、不发生较大以上的森林火灾"),
        new("unit", "度量单位", CellKind.Text, 10, Note: "如 家、%、次；没有单位可不填"),
        new("cycle", "实施周期指标值", CellKind.Text, 18),
        new("reference", "上年完成值（参考）", CellKind.Text, 18, ColumnRole.Reference),
        new("actual", "实际完成值", CellKind.Text, 16),
        new("maxScore", "分值", CellKind.Score, 8),
        new("score", "得分", CellKind.Score, 8),
    ], SpareRows: 20);

    public static readonly SheetSpec Targets = new("绩效目标与指标", "部门整体支出绩效目标表：总体目标、基本信息、预算整体情况、年度重点工作任务和绩效指标。", HasMoneyUnit: true,
        [TargetForm, Overview, KeyTasks, Indicators]);

    // 收支情况

    public static readonly TableSpec Revenue = new("【收入】", "部门整体收入：合计行在前（自动求和），其下每行一个资金来源。", [
        new("source", "资金来源", CellKind.Text, 36, ColumnRole.Key),
        new("initial", "预算收入", CellKind.Money, 16),
        new("adjusted", "调整预算数", CellKind.Money, 16),
        new("final", "决算数", CellKind.Money, 16),
        new("increase", "比上年增减", CellKind.Money, 16, Note: "减少写负数"),
        new("growthRate", "增长率", CellKind.Percent, 12, Note: "如 25.22%；下降写负数"),
        new("reference", "上年决算数（参考）", CellKind.Money, 18, ColumnRole.Reference),
    ], SpareRows: 5, new TotalRow("source", TotalLabel, ["initial", "adjusted", "final", "increase"]));

    public static readonly FormSpec Expenditure = new("【支出】", "部门整体支出：年初预算、调整预算、决算支出及其构成；占比和执行率自动计算。", [
        new("initial", "年初预算支出", CellKind.Money),
        new("adjusted", "调整预算支出", CellKind.Money),
        new("actual", "决算支出", CellKind.Money),
        new("basic", "基本支出", CellKind.Money, Note: "决算支出中的基本支出"),
        new("basicShare", "基本支出占比", CellKind.Percent, Derivation: Derivation.Ratio(new("basic"), new("actual"))),
        new("personnel", "其中：人员经费", CellKind.Money, Note: "可不填"),
        new("operating", "其中：公用经费", CellKind.Money, Note: "可不填"),
        new("project", "项目支出", CellKind.Money, Note: "决算支出中的项目支出"),
        new("projectShare", "项目支出占比", CellKind.Percent, Derivation: Derivation.Ratio(new("project"), new("actual"))),
        new("executionRate", "部门预算执行率", CellKind.Percent, Derivation: Derivation.Ratio(new("actual"), new("adjusted"))),
    ]);

    public static readonly SheetSpec Finance = new("收支情况", "部门整体收支情况：收入（按资金来源）和支出。", HasMoneyUnit: true, [Revenue, Expenditure]);

    // 经济分类

    public static readonly TableSpec Economic = new("【经济分类】", "部门预算按经济分类执行情况（表2）：合计行在前（自动求和），占比自动计算。", [
        new("name", "经济分类", CellKind.Text, 36, ColumnRole.Key),
        new("amount", "实际支出数", CellKind.Money, 18),
        new("share", "占比", CellKind.Percent, 12, ColumnRole.Derived, Derivation: Derivation.Ratio(new("amount"), new("amount", OfTotalRow: true))),
        new("reference", "上年实际支出（参考）", CellKind.Money, 20, ColumnRole.Reference),
    ], SpareRows: 5, new TotalRow("name", TotalLabel, ["amount"]));

    public static readonly SheetSpec EconomicSheet = new("经济分类", "部门预算按经济分类执行情况（表2）。", HasMoneyUnit: true, [Economic]);

    // 预算执行明细

    private static Derivation AdjustedFormula => Derivation.Balance(new("initial"), new("increase"), new("decrease", -1));

    private static Derivation RateFormula => Derivation.Ratio(new("actual"), new("adjusted"));

    private static readonly string[] BudgetSums = ["initial", "increase", "decrease", "actual"];

    private static ColumnSpec[] BudgetFigures =>
    [
        new("initial", "年初预算", CellKind.Money, 16),
        new("increase", "预算调增数", CellKind.Money, 16),
        new("decrease", "预算调减数", CellKind.Money, 16),
        new("adjusted", "调整后预算数", CellKind.Money, 16, ColumnRole.Derived, Derivation: AdjustedFormula),
        new("actual", "实际支出", CellKind.Money, 16),
        new("executionRate", "支出率", CellKind.Percent, 12, ColumnRole.Derived, Derivation: RateFormula),
        new("reference", "上年实际支出（参考）", CellKind.Money, 20, ColumnRole.Reference),
    ];

    public static readonly TableSpec DepartmentBasic = new("【部门基本支出】", "部门整体的基本支出（表3 的“基本支出”块）：基本支出合计 = 人员经费 + 日常公用经费（自动求和）；三公经费各行是日常公用经费中的明细，不计入合计。",
        [
            new("scope", "范围", CellKind.Text, 40, ColumnRole.Fixed),
            new("item", "支出项目", CellKind.Text, 30, ColumnRole.Key, LineChoices),
            .. BudgetFigures,
        ], SpareRows: 0, new TotalRow("item", BasicTotalLabel, BudgetSums, [PersonnelLabel, OperatingLabel]));

    public static readonly TableSpec UnitBasic = new("【单位基本支出】", "各下属单位的基本支出（表3 的各单位块），每个单位一组行；单位从“基本情况”的下属单位中选，每组的基本支出合计按单位自动求和。",
        [
            new("unit", "单位", CellKind.Text, 40, ColumnRole.Key, Choices.InRange(UnitsRangeName)),
            new("item", "支出项目", CellKind.Text, 30, ColumnRole.Key, LineChoices),
            .. BudgetFigures,
        ], SpareRows: 12, new TotalRow("item", BasicTotalLabel, BudgetSums, [PersonnelLabel, OperatingLabel], GroupKey: "unit"));

    public static readonly TableSpec Projects = new("【项目支出】", "项目支出（表3 的项目行），每行一个项目；项目支出合计在最上面，自动求和。",
        [
            new("name", "项目名称", CellKind.Text, 40, ColumnRole.Key),
            new("implementingUnit", "实施单位（科室）", CellKind.Text, 30, ColumnRole.Key),
            .. BudgetFigures,
        ], SpareRows: 30, new TotalRow("name", ProjectTotalLabel, BudgetSums));

    public static readonly SheetSpec Budget = new("预算执行明细", "部门预算执行情况（表3）：部门和各单位的基本支出、各项目支出；调整后预算数 = 年初预算 + 预算调增数 − 预算调减数，支出率 = 实际支出 ÷ 调整后预算数，均自动计算。", HasMoneyUnit: true,
        [DepartmentBasic, UnitBasic, Projects]);

    // 绩效管理

    public static readonly FormSpec Management = new("【绩效管理情况】", "部门整体绩效管理情况：绩效运行监控和自评的时间、项目自评覆盖面、重点评价。", [
        new("monitoringDate", "绩效运行监控完成日期", CellKind.Date, Note: "如 2024年7月30日，只知道月份时写 2024年7月"),
        new("selfEvaluationDate", "绩效自评完成日期", CellKind.Date, Note: "同上"),
        new("level1Projects", "自评覆盖一级项目数", CellKind.Count),
        new("level2Projects", "自评覆盖二级项目数", CellKind.Count),
        new("coverageFunds", "自评覆盖项目资金", CellKind.Money),
        new("coverageShare", "占项目支出比例", CellKind.Percent),
        new("keyProjects", "重点评价项目名称", CellKind.LongText, Note: "多个项目用顿号“、”分隔"),
        new("keyProjectCount", "重点评价项目个数", CellKind.Count),
        new("keyProjectFunds", "重点评价涉及资金", CellKind.Money),
        new("departmentFunds", "部门整体评价涉及资金", CellKind.Money, Note: "开展部门整体支出绩效评价时填写"),
    ]);

    public static readonly SheetSpec ManagementSheet = new("绩效管理", "部门整体绩效管理情况。", HasMoneyUnit: true, [Management]);

    // 自评与评分

    public static readonly FormSpec Conclusion = new("【自评结论】", "自评结论中的预算执行情况；执行率自动计算。", [
        new("budget", "全年预算数", CellKind.Money),
        new("executed", "执行数", CellKind.Money),
        new("executionRate", "预算执行率", CellKind.Percent, Derivation: Derivation.Ratio(new("executed"), new("budget"))),
    ]);

    public static readonly TableSpec Scores = new("【评分】", "各评分项目的分值和自评得分（如“整体效能 20 分，自评得分 18.43 分”）。", [
        new("item", "评分项目", CellKind.Text, 36, ColumnRole.Key),
        new("maxScore", "分值", CellKind.Score, 16),
        new("score", "自评得分", CellKind.Score, 16),
        new("reference", "上年自评得分（参考）", CellKind.Score, 20, ColumnRole.Reference),
    ], SpareRows: 10);

    public static readonly SheetSpec Evaluation = new("自评与评分", "自评结论和评分。", HasMoneyUnit: true, [Conclusion, Scores]);

    // 问题与措施

    public static readonly TableSpec Problems = new("【存在的主要问题】", "存在的主要问题，每行一条。", [
        new("seq", "序号", CellKind.Count, 8, ColumnRole.Fixed),
        new("text", "内容", CellKind.LongText, 80),
    ], SpareRows: 10);

    public static readonly TableSpec Measures = new("【下一步改进措施】", "下一步改进措施，每行一条。", [
        new("seq", "序号", CellKind.Count, 8, ColumnRole.Fixed),
        new("text", "内容", CellKind.LongText, 80),
    ], SpareRows: 10);

    public static readonly SheetSpec Issues = new("问题与措施", "存在的主要问题和下一步改进措施。", HasMoneyUnit: false, [Problems, Measures]);

    // 监控

    public static readonly FormSpec MonitoringForm = new("【监控期间】", "年中绩效运行监控（1-N月）；不做监控时整张表留空。", [
        new("month", "监控截至月份", CellKind.Month, Note: "1-N月的 N，如 6 或 7"),
        new("title", "监控表标题", CellKind.Text, Note: "可不填"),
    ]);

    public static readonly TableSpec MonitoringBudgets = new("【预算执行】", "各项目（或部门整体）的预算执行进度；执行率自动计算。", [
        new("name", "项目名称", CellKind.Text, 40, ColumnRole.Key),
        new("budget", "年度预算数", CellKind.Money, 16),
        new("executed", "1-N月执行数", CellKind.Money, 16),
        new("executionRate", "执行率", CellKind.Percent, 12, ColumnRole.Derived, Derivation: Derivation.Ratio(new("executed"), new("budget"))),
        new("forecast", "全年预计执行数", CellKind.Money, 16),
        new("cause", "偏差原因", CellKind.Text, 16, Choices: CauseChoices),
        new("explanation", "原因说明", CellKind.LongText, 40),
    ], SpareRows: 20);

    public static readonly TableSpec MonitoringIndicators = new("【指标完成】", "各绩效指标的完成进度。", [
        new("level1", "一级指标", CellKind.Text, 14, ColumnRole.Key, CategoryChoices),
        new("level2", "二级指标", CellKind.Text, 16, ColumnRole.Key, SubcategoryChoices),
        new("name", "三级指标", CellKind.Text, 30, ColumnRole.Key),
        new("target", "年度指标值", CellKind.Text, 16),
        new("toDate", "1-N月实际完成值", CellKind.Text, 16),
        new("forecast", "全年预计完成值", CellKind.Text, 16),
        new("cause", "偏差原因", CellKind.Text, 16, Choices: CauseChoices),
        new("explanation", "原因说明", CellKind.LongText, 40),
        new("likelihood", "完成目标可能性", CellKind.Text, 14, Choices: LikelihoodChoices),
    ], SpareRows: 30);

    public static readonly SheetSpec Monitoring = new("监控", "年中绩效运行监控（“双监控”：预算执行进度和绩效目标完成情况）。", HasMoneyUnit: true,
        [MonitoringForm, MonitoringBudgets, MonitoringIndicators]);

    /// <summary>The data sheets in workbook order (after 说明).</summary>
    public static readonly IReadOnlyList<SheetSpec> Sheets = [Profile, Targets, Finance, EconomicSheet, Budget, ManagementSheet, Evaluation, Issues, Monitoring];

    /// <summary>The self-evaluation workbook as the template writer and the importer see it.</summary>
    public static readonly WorkbookDefinition Definition = new("自评工作簿", MarkerPrefix, Marker, "预算绩效自评工作簿（Jixiao）", WorkbookGuide.Rules, Sheets);
}
