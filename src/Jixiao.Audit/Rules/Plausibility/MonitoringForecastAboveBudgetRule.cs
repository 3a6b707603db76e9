using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>JX5006: a monitoring table's 全年预计执行数 above the 全年预算数 beyond rounding.</summary>
public sealed class MonitoringForecastAboveBudgetRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.MonitoringForecastAboveBudget, RuleCategory.Plausibility, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var row in report.Monitoring?.Budgets ?? [])
        {
            if (row is not { ForecastExecuted: { } forecast, AnnualBudget: { } budget } || forecast.Interval.Low <= budget.Interval.High)
            {
                continue;
            }

            var excess = NumberText.InUnitOf(forecast.Value - budget.Value, budget);
            yield return Findings.Create(Descriptor, forecast.Location,
                [new FindingValue("全年预算数", budget), new FindingValue("全年预计执行数", forecast)],
                new Dictionary<string, string>
                {
                    ["Where"] = row.Name,
                    ["Forecast"] = NumberText.Printed(forecast, budget),
                    ["Budget"] = budget.Text,
                    ["Unit"] = NumberText.UnitSuffix(budget),
                    ["Excess"] = excess,
                },
                expected: $"≤ {budget.Text}", actual: forecast.Text, difference: excess);
        }
    }
}
