using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>Labels and rates the monitoring-table rules (JX5003–JX5006) share.</summary>
internal static class MonitoringLabels
{
    /// <summary>The executed column's printed header ("1-6月执行数"), or the generic name.</summary>
    public static string Executed(Stated executed) => executed.Location.Column ?? "1-N月执行数";

    /// <summary>执行率 in percentage points from the figures (执行数 ÷ 预算数), else the printed rate; null when neither.</summary>
    public static (decimal Value, string Text, Stated? Printed)? RateOf(MonitoringBudgetRow row)
    {
        if (row is { Executed: { } executed, AnnualBudget: { Value: not 0 } budget })
        {
            var value = executed.Value / budget.Value * 100m;
            return (value, row.ExecutionRate?.Text ?? Percent(value), row.ExecutionRate);
        }

        return row.ExecutionRate is { } rate ? (rate.Value, rate.Text, rate) : null;
    }

    public static string Percent(decimal value) => Points(value) + "%";

    public static string Points(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static SourceLocation Where(MonitoringBudgetRow row) =>
        row.ExecutionRate?.Location ?? row.Executed?.Location ?? row.Location;
}
