using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3020: a declared target that differs from last year's (历史标准: 上年指标值) with no 调整理由 stated. Targets are
/// compared in their canonical form, so "≥ 2000 家" is no change from "≥2000家". A blank new target is JX4004's.
/// </summary>
public sealed class ChangeWithoutReasonRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ChangeWithoutReason, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        from pair in LintedIndicators.Of(report)
        let indicator = pair.Indicator
        where indicator.Target.Kind != TargetKind.Blank && string.IsNullOrWhiteSpace(indicator.ChangeReason)
        let prior = PriorTargets.Target(indicator)
        where prior is not null && !PriorTargets.Same(indicator.Target, prior)
        select Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
        {
            ["Table"] = pair.Table,
            ["Indicator"] = indicator.Name,
            ["PriorTarget"] = indicator.PriorYear!.Target!,
            ["Target"] = indicator.Target.Raw,
        }, expected: indicator.PriorYear.Target, actual: indicator.Target.Raw);
}
