namespace Jixiao.Domain.Targets;

/// <summary>
/// 历史标准: what the same indicator declared and achieved the year before, kept beside next year's target so that
/// reviewers (and the year-over-year rules) can see whether the target was raised, kept or lowered.
/// </summary>
/// <param name="Year">The earlier budget year.</param>
/// <param name="Target">Its annual target as printed ("≥2000家").</param>
/// <param name="Actual">Its actual value as printed ("2150家"); null when not reported.</param>
public sealed record PriorYear(int? Year, string? Target, string? Actual);
