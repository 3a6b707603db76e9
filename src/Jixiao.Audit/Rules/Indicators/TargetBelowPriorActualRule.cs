using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3019: a higher-is-better quantitative target set below what the indicator achieved last year (历史标准: 上年实际值)
/// — a positive indicator's target should not ask for less than was done. A target kept unchanged from last year is
/// JX3018's (with its margin), so this rule reads changed and new targets only. Warning; info when a 调整理由 is stated.
/// </summary>
public sealed class TargetBelowPriorActualRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetBelowPriorActual, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (indicator, table) in LintedIndicators.Of(report))
        {
            if ((PriorTargets.Target(indicator) is { } prior && PriorTargets.Same(indicator.Target, prior))
                || PriorTargets.RaisedComparison(indicator) is not var (target, actual)
                || target >= actual)
            {
                continue;
            }

            var finding = Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
            {
                ["Table"] = table,
                ["Indicator"] = indicator.Name,
                ["Target"] = indicator.Target.Raw,
                ["Actual"] = indicator.PriorYear!.Actual!,
            }, actual: indicator.Target.Raw);
            yield return string.IsNullOrWhiteSpace(indicator.ChangeReason) ? finding : finding with { Severity = Severity.Info };
        }
    }
}
