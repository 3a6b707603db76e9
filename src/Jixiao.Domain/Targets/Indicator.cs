using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Targets;

/// <summary>
/// A performance indicator (三级指标) with its place in the tree (一级/二级), its target values
/// (实施周期指标值, 年度指标值) and, where the report has them, its actual value, points and score.
/// </summary>
public sealed record Indicator(
    IndicatorCategory Category,
    IndicatorSubcategory? Subcategory,
    string Level1Label,
    string? Level2Label,
    string Name,
    string? CycleTarget,
    string? AnnualTarget,
    TargetValue Target,
    string? Actual,
    Stated? MaxScore,
    Stated? Score,
    SourceLocation Location)
{
    /// <summary>历史标准: the same indicator's target and actual of the year before (target declarations).</summary>
    public PriorYear? PriorYear { get; init; }

    /// <summary>调整理由: why the target differs from the year before, as the declaring department states it.</summary>
    public string? ChangeReason { get; init; }

    /// <summary>指标解释: what the indicator means, how it is computed and where its data come from (target declarations).</summary>
    public string? Explanation { get; init; }

    /// <summary>佐证材料: the evidence its result will be shown by (target declarations).</summary>
    public string? Evidence { get; init; }
}
