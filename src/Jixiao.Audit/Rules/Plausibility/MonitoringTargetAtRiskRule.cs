using Jixiao.Audit.Engine;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>
/// JX5005: an indicator of a monitoring table judged 完全不可能, or whose 全年预计完成值 misses its 年度指标值, or judged
/// 有可能 without any 偏差原因. The forecast is compared only with a quantitative target in the same unit.
/// </summary>
public sealed class MonitoringTargetAtRiskRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.MonitoringTargetAtRisk, RuleCategory.Plausibility, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var indicator in report.Monitoring?.Indicators ?? [])
        {
            var misses = Misses(indicator.Target, indicator.Forecast);
            var reason = indicator.Likelihood switch
            {
                CompletionLikelihood.Impossible => "完成目标可能性为“完全不可能”" + (indicator.HasReason ? string.Empty : "，且未写偏差原因"),
                _ when misses => $"全年预计完成值 {indicator.ForecastText} 达不到年度指标值" + (indicator.HasReason ? string.Empty : "，且未写偏差原因"),
                CompletionLikelihood.Possible when !indicator.HasReason => "完成目标可能性为“有可能”，但未写偏差原因",
                _ => null,
            };
            if (reason is null)
            {
                continue;
            }

            IReadOnlyList<FindingValue> values = indicator.Forecast is { } forecast ? [new FindingValue("全年预计完成值", forecast)] : [];
            yield return Findings.Create(Descriptor, indicator.Forecast?.Location ?? indicator.Location, values,
                new Dictionary<string, string>
                {
                    ["Indicator"] = indicator.Name,
                    ["Target"] = indicator.Target.Raw,
                    ["Reason"] = reason,
                },
                expected: indicator.Target.Raw, actual: indicator.ForecastText ?? (indicator.Likelihood is { } l ? MonitoringWords.Name(l) : null));
        }
    }

    /// <summary>True when a numeric forecast in the target's unit fails the target's comparison.</summary>
    private static bool Misses(TargetValue target, Stated? forecast)
    {
        if (forecast is null || target is not { Kind: TargetKind.Quantitative, Number: { } number })
        {
            return false;
        }

        var sameUnit = target.Unit == "%" ? forecast.Kind == Quantity.Percent : forecast.Kind == Quantity.Count && forecast.Unit == (target.Unit ?? string.Empty);
        if (!sameUnit)
        {
            return false;
        }

        var value = forecast.Value;
        return target.EffectiveOperator switch
        {
            TargetOperator.AtLeast => value < number,
            TargetOperator.MoreThan => value <= number,
            TargetOperator.AtMost => value > number,
            TargetOperator.LessThan => value >= number,
            TargetOperator.EqualTo => value != number,
            _ => false,
        };
    }
}
