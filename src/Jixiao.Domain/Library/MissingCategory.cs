using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// A category the report's indicators leave out (缺少的指标类别): its Chinese label, why it is expected, and library
/// entries of that category that fit best.
/// </summary>
/// <param name="Label">"成本指标", "满意度指标", "时效指标" …</param>
/// <param name="Category">The level-1 category.</param>
/// <param name="Subcategory">The level-2 category for a missing 数量/质量/时效 indicator, else null.</param>
/// <param name="Reason">Why it is expected, in Chinese.</param>
/// <param name="Candidates">Names of the best-fitting library entries of the category, best first.</param>
public sealed record MissingCategory(string Label, IndicatorCategory Category, IndicatorSubcategory? Subcategory, string Reason, IReadOnlyList<string> Candidates)
{
    /// <summary>True when <paramref name="entry"/> would fill this gap.</summary>
    public bool IsFilledBy(IndicatorEntry entry) =>
        entry.EffectiveCategory == Category && (Subcategory is null || entry.Subcategory == Subcategory);
}
