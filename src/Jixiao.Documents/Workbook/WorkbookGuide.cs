namespace Jixiao.Documents.Workbook;

/// <summary>The words of the 说明 sheet: the filling rules and a line per column or field, derived from <see cref="WorkbookLayout"/>.</summary>
internal static class WorkbookGuide
{
    public static readonly IReadOnlyList<string> Rules =
    [
        "按工作表逐项填写：白色单元格由您填写；灰色单元格是公式，自动计算；蓝色单元格是上年的数据，仅供参考，导入时不读取。",
        "金额单位：每张有金额的工作表第 2 行有“金额单位”单元格（元 或 万元），该表的所有金额都按它读取；改了单位，请按新单位填写金额。",
        "合计行在表格的最上面，自动求和；表格中间可以插入行，空行导入时跳过；只填了名称（单位、项目、资金来源等）而没有填数的行也跳过。",
        "公式单元格也可以直接填数字覆盖公式（例如按正式公布的数字填写）；导入时按所填的数字读取，前后是否一致由 jixiao audit 审核。",
        "带下拉列表的单元格请从列表中选择；数字单元格只能填数字，百分比按 25.22% 的形式填写。",
        "请不要改动工作表名、各部分的标题（【…】）和表头，也不要删除本说明页：导入时按它们找到各部分。",
        "填好后：jixiao import 本文件.xlsx -o report.json 导入为模型；也可以直接 jixiao audit 本文件.xlsx 审核。出错时每个问题一行，指明工作表和单元格，如“预算执行明细!F12：不是数字”。",
    ];

    /// <summary>One line per column of a table or field of a form: the name and what to put there.</summary>
    public static IEnumerable<(string Name, string Description)> Describe(BlockSpec block) => block switch
    {
        FormSpec form => form.Fields.Select(f => (f.Label, Join(
            KindName(f.Kind),
            f.Derivation is { } d ? "公式，自动计算 " + d.Describe(o => form.Field(o.Key).Label) : null,
            ChoicesText(f.Choices),
            f.Required ? "必填" : null,
            f.Note))),
        TableSpec table => table.Columns.Select(c => (c.Header, Join(
            KindName(c.Kind),
            RoleText(table, c),
            ChoicesText(c.Choices),
            c.Note))),
        _ => [],
    };

    private static string? RoleText(TableSpec table, ColumnSpec column)
    {
        var total = table.Total is { } t && t.SummedKeys.Contains(column.Key) ? $"“{t.Label}”行自动求和" : null;
        return column.Role switch
        {
            ColumnRole.Derived => Join("公式，自动计算 " + column.Derivation!.Describe(o => (o.OfTotalRow ? table.Total!.Label + "行的" : string.Empty) + table.Column(o.Key).Header), total),
            ColumnRole.Reference => "上年数据，仅供参考，不导入",
            ColumnRole.Prior => "上年数据（历史标准），由 --from 预填，导入为指标的历史标准",
            ColumnRole.Fixed => "固定内容，不导入",
            _ => total,
        };
    }

    private static string? ChoicesText(Choices? choices) => choices switch
    {
        null => null,
        { RangeName: not null } => "从“基本情况”所列的下属单位中选",
        _ => "从列表中选：" + string.Join("、", choices.Items),
    };

    private static string KindName(CellKind kind) => kind switch
    {
        CellKind.Text => "文字",
        CellKind.LongText => "文字（可多行）",
        CellKind.Money => "金额（按金额单位）",
        CellKind.Percent => "百分比",
        CellKind.Count => "个数（整数）",
        CellKind.Score => "分值",
        CellKind.Year => "年度（四位数字）",
        CellKind.Month => "月份（1-12）",
        _ => "日期（如 2024年7月30日，或 2024年7月）",
    };

    private static string Join(params string?[] parts) => string.Join("；", parts.Where(p => !string.IsNullOrEmpty(p)));
}
