using Jixiao.Domain.Reports;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Engine;

/// <summary>The Chinese names findings use for the model's parts (the audit's one vocabulary file).</summary>
public static class AuditLabels
{
    public static string Column(BudgetColumn column) => column switch
    {
        BudgetColumn.Initial => "年初预算",
        BudgetColumn.Increase => "预算调增数",
        BudgetColumn.Decrease => "预算调减数",
        BudgetColumn.Adjusted => "调整后预算数",
        BudgetColumn.Actual => "实际支出",
        BudgetColumn.ExecutionRate => "支出率",
        _ => column.ToString(),
    };

    public static string Category(IndicatorCategory category) => IndicatorNames.Category(category);

    public static string Subcategory(IndicatorSubcategory subcategory) => IndicatorNames.Subcategory(subcategory);

    /// <summary>
    /// Where a value stands, in the words of its format: "第 49 行" in text, "第 2 页第 6 行" in a PDF,
    /// "第 12 段" in a Word document (whose "line" is the paragraph's ordinal).
    /// </summary>
    public static string Position(Jixiao.Domain.Reports.SourceLocation location, string? format) => (location.Page, location.Line, format) switch
    {
        (_, { } line, "html") => $"第 {line} 段",
        ({ } page, { } line, "docx") => $"第 {page} 页第 {line} 段",
        (null, { } line, "docx") => $"第 {line} 段",
        ({ } page, { } line, _) => $"第 {page} 页第 {line} 行",
        (null, { } line, _) => $"第 {line} 行",
        ({ } page, null, _) => $"第 {page} 页",
        _ => "位置不详",
    };

    public const string PartsOfBlock = "各明细行";
    public const string PartsOfDepartment = "各单位";
    public const string PartsOfProjects = "各项目";
    public const string ProjectTotal = "项目支出合计";
    public const string BasicTotal = "基本支出合计";
    public const string Total = "合计";
    public const string Share = "占比";
    public const string Hundred = "100%";
    public const string Narrative = "正文";

    /// <summary>Where a finding stands: section, cell or table, line or page; "全文" when unknown.</summary>
    public static string Where(Finding finding, string? format) => Where(finding.Location, format);

    /// <summary>Where a finding's location is: section, cell or table, line or page; "全文" when unknown.</summary>
    public static string Where(SourceLocation l, string? format)
    {
        var parts = new List<string>();
        if (l.Section is { Length: > 0 })
        {
            parts.Add(l.Section);
        }

        if (l.Cell is { Length: > 0 })
        {
            parts.Add(l.Cell);
        }
        else if (l.Table is { Length: > 0 })
        {
            parts.Add(l.Table);
        }

        if (l.Line is not null || l.Page is not null)
        {
            parts.Add(Position(l, format));
        }

        return parts.Count == 0 ? "全文" : string.Join(" ", parts);
    }
}
