using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Completeness;

/// <summary>JX4004: an indicator has no annual target value (年度指标值).</summary>
public sealed class IndicatorTargetMissingRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorTargetMissing, RuleCategory.Completeness, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        (report.Targets?.Indicators ?? [])
            .Where(i => i.Target.Kind == TargetKind.Blank)
            .Select(i => Findings.Create(Descriptor, i.Location, [], new Dictionary<string, string> { ["Indicator"] = i.Name }));
}
