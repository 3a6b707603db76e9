using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// How the year-over-year rules (JX3018–JX3020) compare a declared target with its 历史标准 (<see cref="PriorYear"/>):
/// last year's target and actual are read with the target grammar, under the indicator's name so that they resolve the
/// same direction; two targets are the same when their canonical forms are; an actual compares with a target only as a
/// number in the same unit.
/// </summary>
internal static class PriorTargets
{
    /// <summary>Last year's target of the indicator as read, or null when the declaration states none.</summary>
    public static TargetValue? Target(Indicator indicator) =>
        string.IsNullOrWhiteSpace(indicator.PriorYear?.Target) ? null : TargetParser.Parse(indicator.PriorYear.Target, indicator.Name);

    /// <summary>True when the new target says what last year's did ("≥2000家" and "≥ 2000 家").</summary>
    public static bool Same(TargetValue target, TargetValue prior) => string.Equals(target.Format(), prior.Format(), StringComparison.Ordinal);

    /// <summary>
    /// The number of a higher-is-better quantitative target (≥, &gt;, or a rate or count the name makes 正向) and last
    /// year's actual in the same unit; null when the two cannot be compared so.
    /// </summary>
    public static (decimal Target, decimal Actual)? RaisedComparison(Indicator indicator)
    {
        var target = indicator.Target;
        if (target is not { Kind: TargetKind.Quantitative, Number: { } number and > 0m }
            || target.EffectiveOperator is not (TargetOperator.AtLeast or TargetOperator.MoreThan)
            || string.IsNullOrWhiteSpace(indicator.PriorYear?.Actual))
        {
            return null;
        }

        var actual = TargetParser.Parse(indicator.PriorYear.Actual, indicator.Name);
        return actual is { Kind: TargetKind.Quantitative, Number: { } achieved }
            && string.Equals(LintedIndicators.NormaliseUnit(actual.Unit ?? string.Empty), LintedIndicators.NormaliseUnit(target.Unit ?? string.Empty), StringComparison.Ordinal)
            ? (number, achieved)
            : null;
    }
}
