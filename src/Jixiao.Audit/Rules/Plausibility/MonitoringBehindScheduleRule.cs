using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>
/// JX5004: a project (or the department) of a monitoring table whose 执行率 falls below 时间进度 (N/12) by more than
/// <see cref="AuditSettings.MonitoringYellowGap"/> percentage points (warning) or <see cref="AuditSettings.MonitoringRedGap"/>
/// (error). The rate is computed from 1-N月执行数 ÷ 全年预算数 where both are printed, else the printed 执行率 is used.
/// </summary>
public sealed class MonitoringBehindScheduleRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.MonitoringBehindSchedule, RuleCategory.Plausibility, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Monitoring is not { Period: { } period } monitoring)
        {
            yield break;
        }

        foreach (var row in monitoring.Budgets)
        {
            if (MonitoringLabels.RateOf(row) is not { } rate)
            {
                continue;
            }

            var gap = period.TimeProgress - rate.Value;
            var red = gap > settings.MonitoringRedGap;
            if (!red && gap <= settings.MonitoringYellowGap)
            {
                continue;
            }

            var threshold = red ? settings.MonitoringRedGap : settings.MonitoringYellowGap;
            var values = new List<FindingValue>();
            if (row.AnnualBudget is { } budget)
            {
                values.Add(new FindingValue("全年预算数", budget));
            }

            if (row.Executed is { } executed)
            {
                values.Add(new FindingValue(MonitoringLabels.Executed(executed), executed));
            }

            if (rate.Printed is { } printed)
            {
                values.Add(new FindingValue("执行率", printed));
            }

            var gapText = MonitoringLabels.Points(gap);
            var finding = Findings.Create(Descriptor, MonitoringLabels.Where(row), values,
                new Dictionary<string, string>
                {
                    ["Where"] = row.Name,
                    ["Rate"] = rate.Text,
                    ["Month"] = period.Month.ToString(CultureInfo.InvariantCulture),
                    ["Progress"] = period.TimeProgressText,
                    ["Gap"] = gapText,
                    ["Threshold"] = threshold.ToString("0.##", CultureInfo.InvariantCulture),
                    ["Level"] = red ? "红色预警" : "黄色预警",
                },
                expected: $"≥ {MonitoringLabels.Percent(period.TimeProgress - settings.MonitoringYellowGap)}", actual: rate.Text, difference: gapText);
            yield return red ? finding with { Severity = Severity.Error } : finding;
        }
    }
}
