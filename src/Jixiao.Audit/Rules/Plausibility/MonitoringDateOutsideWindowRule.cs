using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>JX5001: in-year monitoring (绩效运行监控) is dated outside the budget year (window configurable).</summary>
public sealed class MonitoringDateOutsideWindowRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.MonitoringDateOutsideWindow, RuleCategory.Plausibility, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        DateWindow.Check(Descriptor, report, DateKind.Monitoring, settings.MonitoringFirstMonth, settings.MonitoringLastMonth);
}
