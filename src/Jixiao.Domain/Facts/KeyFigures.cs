using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Facts;

/// <summary>
/// The key figures of a report (关键数据), amounts in 万元 converted exactly, rates in percent. Where a
/// report states a figure twice, the source is fixed (docs/facts.md): narrative 收支情况 for revenue,
/// expenditure and the actual basic/project split; 表3 totals for the basic/project budgets.
/// </summary>
public sealed record KeyFigures
{
    public string? File { get; init; }

    public ReportGenre Genre { get; init; }

    public string? Department { get; init; }

    public int? Year { get; init; }

    public string? Project { get; init; }

    public string Unit { get; init; } = MoneyUnits.TenThousandYuan;

    public RevenueFigures Revenue { get; init; } = new(null, null, null);

    public ExpenditureFigures Expenditure { get; init; } = new(null, null, null, null);

    public BudgetFigures Basic { get; init; } = new(null, null, null);

    public BudgetFigures ProjectSpending { get; init; } = new(null, null, null);

    public IReadOnlyList<ProjectFigures> Projects { get; init; } = [];

    public IReadOnlyList<IndicatorFigures> Indicators { get; init; } = [];

    public ScoreFigures Score { get; init; } = new(null, null, []);

    public static KeyFigures Of(Report report)
    {
        if (report.Table is { } selfEvaluation)
        {
            return OfTable(report, selfEvaluation);
        }

        var table = report.BudgetTable;
        var basicTotal = table?.DepartmentBlock?.Total;
        var projectTotal = table?.ProjectTotal;
        var expenditure = report.Expenditure;
        return new KeyFigures
        {
            File = report.File,
            Genre = report.Genre,
            Department = report.Department,
            Year = report.Year,
            Revenue = new RevenueFigures(Wan(report.Revenue?.Total.Initial), Wan(report.Revenue?.Total.Adjusted), Wan(report.Revenue?.Total.Final)),
            Expenditure = new ExpenditureFigures(Wan(expenditure?.Initial), Wan(expenditure?.Adjusted), Wan(expenditure?.Actual), expenditure?.ExecutionRate?.Value),
            Basic = new BudgetFigures(Wan(basicTotal?.Initial), Wan(basicTotal?.Adjusted), Wan(expenditure?.Basic ?? basicTotal?.Actual)),
            ProjectSpending = new BudgetFigures(Wan(projectTotal?.Initial), Wan(projectTotal?.Adjusted), Wan(expenditure?.Project ?? projectTotal?.Actual)),
            Projects = (table?.Projects ?? [])
                .Select(p => new ProjectFigures(p.Label, p.ImplementingUnit, Wan(p.Initial), Wan(p.Adjusted), Wan(p.Actual), p.ExecutionRate?.Value))
                .ToArray(),
            Indicators = (report.Targets?.Indicators ?? [])
                .Select(i => new IndicatorFigures(i.Level1Label, i.Level2Label, i.Name, i.AnnualTarget, i.Actual, i.MaxScore?.Value, i.Score?.Value))
                .ToArray(),
            Score = new ScoreFigures(null, null, report.Claims.OfType<ScoreClaim>()
                .Select(c => new ScoreItemFigures(c.Item, c.SelfScore?.Value, c.MaxScore?.Value)).ToArray()),
        };
    }

    /// <summary>
    /// A self-evaluation table (自评表): for a project table <c>Project</c> names the project and <c>Expenditure</c>
    /// holds its funds (年度资金总额 / 总额 row); indicators carry target, 完成值, 分值 (权重) and 得分; the score is
    /// 总分 against 合计分值, with the budget-execution and indicator blocks as items.
    /// </summary>
    private static KeyFigures OfTable(Report report, SelfEvaluationTable table)
    {
        var total = table.Total;
        var items = new List<ScoreItemFigures>();
        var executionMax = table.BudgetExecutionWeight ?? total?.Weight;
        if (executionMax is not null || total?.Score is not null)
        {
            items.Add(new ScoreItemFigures("预算执行情况", total?.Score?.Value, executionMax?.Value));
        }

        if (table.IndicatorBlockWeight is { } blockWeight)
        {
            // The form prints no block subtotal of 得分; a sum would be derived, not stated.
            items.Add(new ScoreItemFigures("绩效指标", null, blockWeight.Value));
        }

        return new KeyFigures
        {
            File = report.File,
            Genre = report.Genre,
            Department = report.Department,
            Year = report.Year,
            Project = table.ProjectName,
            Expenditure = total is null && report.Expenditure is { } stated
                ? new ExpenditureFigures(Wan(stated.Initial), Wan(stated.Adjusted), Wan(stated.Actual), stated.ExecutionRate?.Value)
                : new ExpenditureFigures(Wan(total?.Initial), Wan(total?.Adjusted), Wan(total?.Actual), total?.ExecutionRate?.Value),
            Indicators = table.Indicators
                .Select(t => t.Indicator)
                .Select(i => new IndicatorFigures(i.Level1Label, i.Level2Label, i.Name, i.AnnualTarget, i.Actual, i.MaxScore?.Value, i.Score?.Value))
                .ToArray(),
            Score = new ScoreFigures(table.TotalScore?.Value, table.TotalWeight?.Value, items),
        };
    }

    private static decimal? Wan(Stated? stated) => stated is null ? null : MoneyUnits.ToTenThousandYuan(stated.Value);
}

public sealed record RevenueFigures(decimal? Initial, decimal? Adjusted, decimal? Final);

public sealed record ExpenditureFigures(decimal? Initial, decimal? Adjusted, decimal? Actual, decimal? ExecutionRate);

public sealed record BudgetFigures(decimal? Initial, decimal? Adjusted, decimal? Actual);

public sealed record ProjectFigures(string Name, string? Unit, decimal? Initial, decimal? Adjusted, decimal? Actual, decimal? ExecutionRate);

public sealed record IndicatorFigures(string Level1, string? Level2, string Name, string? Target, string? Actual, decimal? Weight, decimal? Score);

public sealed record ScoreFigures(decimal? Stated, decimal? Max, IReadOnlyList<ScoreItemFigures> Items);

public sealed record ScoreItemFigures(string Name, decimal? Stated, decimal? Max);
