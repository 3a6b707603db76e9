using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3018: a declared target kept at last year's value although last year's actual exceeded it by at least
/// <see cref="AuditSettings.TargetRaiseMargin"/> — for a higher-is-better quantitative indicator ("≥2000家" again after
/// 2600家): the target was not raised with what was achieved (财预〔2021〕101号: 指标值参照历史标准; DOMAIN §6.3 "r &gt; 1.5 →
/// target too low?"). Needs the 历史标准 of a target declaration. One warning per indicator.
/// </summary>
public sealed class TargetNotRaisedRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetNotRaised, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (indicator, table) in LintedIndicators.Of(report))
        {
            if (PriorTargets.Target(indicator) is not { } prior
                || !PriorTargets.Same(indicator.Target, prior)
                || PriorTargets.RaisedComparison(indicator) is not var (target, actual)
                || actual < target * (1m + settings.TargetRaiseMargin))
            {
                continue;
            }

            yield return Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
            {
                ["Table"] = table,
                ["Indicator"] = indicator.Name,
                ["Target"] = indicator.Target.Raw,
                ["Actual"] = indicator.PriorYear!.Actual!,
                ["Excess"] = Percent((actual / target) - 1m),
                ["Margin"] = Percent(settings.TargetRaiseMargin),
            }, actual: indicator.Target.Raw);
        }
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
