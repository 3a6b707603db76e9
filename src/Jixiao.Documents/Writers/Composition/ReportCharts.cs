using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>The charts of a generated report, each built from the model's figures (万元 and %).</summary>
internal static class ReportCharts
{
    /// <summary>年初预算, 调整后预算 and 实际支出 of each basic-expenditure block and of the projects.</summary>
    public static Chart? BudgetByBlock(BudgetExecutionTable table)
    {
        var rows = table.BasicBlocks.Where(b => b.Total is not null).Select(b => (b.Name, Row: b.Total!)).ToList();
        if (table.ProjectTotal is { } projects)
        {
            rows.Add(("项目支出", projects));
        }

        if (rows.Count == 0)
        {
            return null;
        }

        ChartSeries Series(string name, Func<BudgetRow, Stated?> column) =>
            new(name, rows.Select(r => column(r.Row) is { } s ? MoneyUnits.ToTenThousandYuan(s.Value) : 0m).ToArray());
        return new Chart("预算与执行情况（万元）", ChartKind.Bars, rows.Select(r => r.Name).ToArray(),
            [Series("年初预算", r => r.Initial), Series("调整后预算", r => r.Adjusted), Series("实际支出", r => r.Actual)], "万元");
    }

    /// <summary>Each project's execution rate, lowest first, against the time progress of the full year (100%).</summary>
    public static Chart? ProjectExecution(BudgetExecutionTable table)
    {
        var projects = table.Projects.Where(p => p.ExecutionRate is not null).OrderBy(p => p.ExecutionRate!.Value).ToArray();
        if (projects.Length == 0)
        {
            return null;
        }

        return new Chart("项目支出执行率（%）", ChartKind.HorizontalBars, projects.Select(p => p.Label).ToArray(),
            [new ChartSeries("支出率", projects.Select(p => p.ExecutionRate!.Value).ToArray())], "%", new ChartReferenceLine(100m, "时间进度 100%"));
    }

    /// <summary>Expenditure by economic classification (classes with spending only).</summary>
    public static Chart? EconomicClasses(EconomicClassificationTable table)
    {
        var rows = table.Rows.Where(r => r.Amount is { Value: > 0 }).ToArray();
        if (rows.Length == 0)
        {
            return null;
        }

        return new Chart("支出经济分类（万元）", ChartKind.HorizontalBars, rows.Select(r => r.Name).ToArray(),
            [new ChartSeries("实际支出", rows.Select(r => MoneyUnits.ToTenThousandYuan(r.Amount!.Value)).ToArray())], "万元");
    }

    /// <summary>The completion rate of every indicator that has one, lowest first, against 100%.</summary>
    public static Chart? IndicatorCompletionRates(PerformanceTargetTable targets)
    {
        var rated = targets.Indicators.Select(i => (i.Name, Rate: IndicatorCompletion.Rate(i))).Where(r => r.Rate is not null).OrderBy(r => r.Rate).ToArray();
        return rated.Length == 0
            ? null
            : new Chart("绩效指标完成率（%）", ChartKind.HorizontalBars, rated.Select(r => r.Name).ToArray(),
                [new ChartSeries("完成率", rated.Select(r => Math.Round(r.Rate!.Value * 100m, 2)).ToArray())], "%", new ChartReferenceLine(100m, "目标值 100%"));
    }
}
