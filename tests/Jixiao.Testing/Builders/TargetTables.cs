using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Testing.Builders;

/// <summary>The performance target table (绩效目标表) for fixtures: indicators, overview amounts and labelled cells.</summary>
public static class TargetTables
{
    public static readonly SourceLocation Location = new("一、（三）", "绩效目标表", Line: 85);

    /// <summary>A target table holding only these indicators.</summary>
    public static PerformanceTargetTable With(params Indicator[] indicators) => new() { Indicators = indicators, Location = Location };

    /// <summary>An indicator (三级指标) with its annual target read as the extraction reads it.</summary>
    public static Indicator Indicator(IndicatorCategory category, IndicatorSubcategory? subcategory, string name, string? annualTarget, int line = 99) =>
        new(category, subcategory, AuditLabels.Category(category), subcategory is null ? null : AuditLabels.Subcategory(subcategory.Value), name, annualTarget, annualTarget,
            TargetParser.Parse(annualTarget), null, null, null, new SourceLocation("一、（三）", "绩效目标表", name, "三级指标", Line: line));

    /// <summary>An amount of the overview block (预算整体情况) in 万元.</summary>
    public static Stated Amount(string text, string row, string cell) =>
        Num.Wan(text) with { Location = new SourceLocation("一、（三）", "绩效目标表", row, "预算金额", cell, Line: 88) };

    /// <summary>A labelled cell of 基本信息 (e.g. 财政供养人员数); blank when <paramref name="text"/> is empty or white space.</summary>
    public static LabelledField Field(string label, string text, string cell)
    {
        var location = new SourceLocation("一、（三）", "绩效目标表", label, label, cell, Line: 86);
        return new LabelledField(label, text, string.IsNullOrWhiteSpace(text) ? null : Num.Count(text) with { Location = location }, location);
    }
}
