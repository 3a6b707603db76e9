using System.Text.Json.Serialization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// A performance-monitoring table (绩效运行监控表, 财预〔2019〕136号 "双监控"): the period monitored (1-N月), the budget
/// rows of each project or the department (年度预算数, 1-N月执行数, 执行率, 全年预计执行数, 偏差原因) and the indicator
/// rows (年度指标值, 1-N月实际完成值, 全年预计完成值, 偏差原因, 完成目标可能性). Every number keeps its printed text and cell.
/// </summary>
public sealed record MonitoringTable
{
    /// <summary>The form's title as printed ("2024年绩效运行监控表（截至6月）").</summary>
    public string? Title { get; init; }

    /// <summary>The period monitored (year and month N of "1-N月"); null when neither header nor title states it.</summary>
    public MonitoringPeriod? Period { get; init; }

    /// <summary>资金单位 of the budget rows (万元 unless the form says 元).</summary>
    public string MoneyUnit { get; init; } = MoneyUnits.TenThousandYuan;

    /// <summary>Budget rows (one per project, the department or 合计) in printed order.</summary>
    public IReadOnlyList<MonitoringBudgetRow> Budgets { get; init; } = [];

    /// <summary>Indicator rows in printed order.</summary>
    public IReadOnlyList<MonitoringIndicator> Indicators { get; init; } = [];

    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

/// <summary>The period a monitoring table covers: January to month <paramref name="Month"/> of <paramref name="Year"/>.</summary>
/// <param name="Year">The budget year, when stated.</param>
/// <param name="Month">The last month monitored (N of "1-N月", 1–12).</param>
/// <param name="Text">The words the month was read from ("1-6月执行数", "截至6月").</param>
public sealed record MonitoringPeriod(int? Year, int Month, string Text)
{
    /// <summary>时间进度 = N / 12 in percentage points (6 → 50, 7 → 58.33…); exact, not rounded.</summary>
    [JsonIgnore]
    public decimal TimeProgress => Month * 100m / 12m;

    /// <summary>时间进度 as usually printed, with two decimals ("58.33%").</summary>
    [JsonIgnore]
    public string TimeProgressText => Math.Round(TimeProgress, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// One budget row of a monitoring table (预算执行情况): a project, the department or the 合计 row.
/// </summary>
/// <param name="Name">项目名称 / 部门名称 as printed.</param>
/// <param name="AnnualBudget">年度预算数 / 全年预算数.</param>
/// <param name="Executed">1-N月执行数 / 截至N月执行数 / 累计执行数.</param>
/// <param name="ExecutionRate">执行率 as printed.</param>
/// <param name="ForecastExecuted">全年预计执行数.</param>
/// <param name="Cause">偏差原因 category, when the cell names one.</param>
/// <param name="Explanation">原因说明 (or the 偏差原因 cell's words beyond the category).</param>
/// <param name="Location">Where the row stands.</param>
public sealed record MonitoringBudgetRow(
    string Name,
    Stated? AnnualBudget,
    Stated? Executed,
    Stated? ExecutionRate,
    Stated? ForecastExecuted,
    DeviationCause? Cause,
    string? Explanation,
    SourceLocation Location)
{
    /// <summary>True for the 合计 / 总计 row.</summary>
    [JsonIgnore]
    public bool IsTotal => Name.Contains("合计", StringComparison.Ordinal) || Name.Contains("总计", StringComparison.Ordinal);
}
