using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>
/// JX5003: a monitoring table's printed 执行率 is 1-N月执行数 ÷ 全年预算数 (rounding-aware: a difference within the
/// printed precision is an info).
/// </summary>
public sealed class MonitoringRateMatchesFiguresRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.MonitoringRateMatchesFigures, RuleCategory.Plausibility, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var row in report.Monitoring?.Budgets ?? [])
        {
            if (row is { ExecutionRate: { } rate, Executed: { } executed, AnnualBudget: { } budget }
                && Findings.Rate(Descriptor, "执行率", rate, new Term(MonitoringLabels.Executed(executed), executed), new Term("全年预算数", budget),
                    new Dictionary<string, string> { ["Where"] = row.Name }) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
