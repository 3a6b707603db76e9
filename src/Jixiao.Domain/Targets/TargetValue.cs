using System.Text.Json.Serialization;

namespace Jixiao.Domain.Targets;

/// <summary>
/// A target value (指标值) as written and as read: the raw text next to its operator, number, scale and unit.
/// This is the minimal reading the audit needs; the full grammar comes with scoring.
/// </summary>
/// <param name="Raw">The text as printed.</param>
/// <param name="Number">The number with its scale applied (≥6万 → 60000).</param>
public sealed record TargetValue(string Raw, TargetKind Kind, TargetOperator Operator, decimal? Number, string? Unit)
{
    /// <summary>True when the target says the count of something must be zero ("0次", "不发生…").</summary>
    [JsonIgnore]
    public bool IsZeroTarget =>
        Kind == TargetKind.ZeroEvent
        || (Kind == TargetKind.Quantitative && Number == 0 && Operator is TargetOperator.Implicit or TargetOperator.EqualTo or TargetOperator.AtMost);
}
