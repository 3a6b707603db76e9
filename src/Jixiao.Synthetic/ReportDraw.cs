using System.Globalization;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Profile;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;

namespace Jixiao.Synthetic;

/// <summary>
/// Draws a whole department self-evaluation report model (部门整体支出绩效自评报告) with Tianhe-like sizes: 1–6 units,
/// 5–60 projects, 表2 and 表3, revenue and expenditure sentences, the target table with 10–20 indicators, completion bands
/// and scores, management dates and coverage. Every figure that restates another is derived from it as printed.
/// </summary>
internal static class ReportDraw
{
    /// <summary>The report and an ASCII slug for its file name ("tianhe-yingji-2023").</summary>
    public static (Report Report, string Slug) Draw(Draws draw)
    {
        var district = draw.Pick(WordLists.Districts);
        var bureau = draw.Pick(WordLists.Bureaus);
        var department = district.City + district.Name + bureau.Name;
        var field = bureau.Field;
        var year = draw.Int(2019, 2024);
        var units = draw.Int(0, 9) switch { < 3 => 1, < 6 => 2, < 8 => 3, _ => draw.Int(4, 6) };
        var projects = Math.Clamp(5 + draw.Int(0, 28) + draw.Int(0, 27), 5, 60);

        var budget = BudgetDraw.Draw(draw, field, units, projects, projectsInYuan: draw.Chance(0.8));
        var basic = budget.DepartmentBlock!.Total!;
        var project = budget.ProjectTotal!;
        const string wan = MoneyUnits.TenThousandYuan;
        var initial = Printed.Money(basic.Initial!.Value + project.Initial!.Value, wan);
        var adjusted = Printed.Money(basic.Adjusted!.Value + project.Adjusted!.Value, wan);
        var actualYuan = basic.Actual!.Value + project.Actual!.Value;
        var actual = Printed.Money(actualYuan, wan);
        var economic = EconomicDraw.Draw(draw, actualYuan);
        var basicActual = Printed.Money(basic.Actual.Value, wan);
        var projectActual = Printed.Money(project.Actual!.Value, wan);
        var rate = Printed.Percent(actual.Value, adjusted.Value);
        var expenditure = new ExpenditureStatement
        {
            Initial = initial,
            Adjusted = adjusted,
            Actual = actual,
            Basic = basicActual,
            BasicShare = Printed.Percent(basicActual.Value, actual.Value),
            Project = projectActual,
            ProjectShare = Printed.Percent(projectActual.Value, actual.Value),
            ExecutionRate = rate,
            EconomicClasses = economic.Rows.OrderByDescending(r => r.Amount!.Value).Take(3)
                .OrderBy(r => Array.IndexOf(WordLists.EconomicClasses, r.Name))
                .Select(r => r with { Amount = Printed.Money(r.Amount!.Value, wan) }).ToArray(),
        };

        var indicators = IndicatorDraw.Draw(draw, field);
        var claims = new List<Claim>
        {
            new DateClaim(DateKind.SelfEvaluation, string.Empty, year + 1, draw.Int(3, 6), draw.Chance(0.5) ? draw.Int(1, 28) : null, SourceLocation.Unknown),
            new DateClaim(DateKind.Monitoring, string.Empty, year, draw.Int(7, 9), draw.Int(1, 28), SourceLocation.Unknown),
            new ProjectCoverageClaim(Printed.Count(draw.Int(2, Math.Min(8, projects)), "个"), Printed.Count(projects, "个"), projectActual, Printed.PercentText(100m), SourceLocation.Unknown),
            KeyEvaluation(draw, budget),
            new EvaluatedFundsClaim(EvaluationScope.Department, [], null, actual, SourceLocation.Unknown),
            new ScoreClaim("整体效能", Printed.Score(20m), Printed.Score(Printed.Round(20m * draw.Fraction(0.88m, 1m))), SourceLocation.Unknown),
        };
        claims.AddRange(IndicatorDraw.Bands(draw, indicators));

        string Fill(string template) => string.Format(CultureInfo.InvariantCulture, template, field, district.Name);
        var model = new Report
        {
            Genre = ReportGenre.DepartmentSelfEvaluationReport,
            Title = $"{year}年度{department}部门整体支出绩效自评报告",
            Department = department,
            Year = year,
            Profile = new DepartmentProfile
            {
                Functions = draw.Sample(WordLists.Functions, draw.Int(5, WordLists.Functions.Length)).Select(Fill).ToArray(),
                SubUnits = budget.UnitBlocks.Select(b => b.Name).ToArray(),
                AnnualWork = draw.Sample(WordLists.AnnualWork, draw.Int(3, WordLists.AnnualWork.Length))
                    .Select(w => string.Format(CultureInfo.InvariantCulture, w, field, draw.Int(20, 900), draw.Int(1000, 9000), draw.Int(10_000, 90_000))).ToArray(),
            },
            Targets = Targets(draw, department, field, units, budget, indicators),
            Revenue = Revenue(draw, initial, adjusted, actualYuan),
            Expenditure = expenditure,
            EconomicTable = economic,
            BudgetTable = budget,
            Conclusion = new SelfEvaluationConclusion(adjusted, actual, rate, SourceLocation.Unknown),
            Claims = claims,
            Problems = draw.Sample(WordLists.Problems, draw.Int(1, 3)),
            Measures = draw.Sample(WordLists.Measures, draw.Int(1, 3)),
        };
        return (model, $"{district.Slug}-{bureau.Slug}-{year}");
    }

    /// <summary>The target table: its budget overview is 表3's initial budget, its key tasks are projects with their initial budget.</summary>
    private static PerformanceTargetTable Targets(Draws draw, string department, string field, int units, BudgetExecutionTable budget, IReadOnlyList<Indicator> indicators)
    {
        const string wan = MoneyUnits.TenThousandYuan;
        var basic = Printed.Money(budget.DepartmentBlock!.Total!.Initial!.Value, wan, true);
        var project = Printed.Money(budget.ProjectTotal!.Initial!.Value, wan, true);
        var total = Printed.Money(basic.Value + project.Value, wan, true);
        string Fill(string template) => string.Format(CultureInfo.InvariantCulture, template, field);
        var tasks = draw.Sample(budget.Projects.Where(p => p.Initial!.Value > 0).ToArray(), draw.Int(1, 3))
            .Select(p => new KeyTask(p.Label, Fill(draw.Pick(WordLists.TaskContents)), Printed.Money(p.Initial!.Value, wan), Fill(draw.Pick(WordLists.TaskExpectations)), SourceLocation.Unknown))
            .ToArray();
        var staff = draw.Int(20, 400);
        return new PerformanceTargetTable
        {
            DepartmentName = department,
            BasicInfo =
            [
                new LabelledField("财政供养人员数", staff.ToString(CultureInfo.InvariantCulture), Printed.Count(staff, "人"), SourceLocation.Unknown),
                new LabelledField("下属二级单位数", (units - 1).ToString(CultureInfo.InvariantCulture), Printed.Count(units - 1, "个"), SourceLocation.Unknown),
            ],
            Overview = new BudgetOverview
            {
                Basic = basic,
                Project = project,
                FiscalAppropriation = total,
                OtherFunds = Printed.Zero(wan),
                SpecialFunds = Printed.Zero(wan),
                OtherDevelopment = Printed.Zero(wan),
                OwnLevel = total,
                TransfersDown = Printed.Zero(wan),
            },
            OverallGoal = Fill(draw.Pick(WordLists.Goals)),
            KeyTasks = tasks,
            Indicators = indicators,
        };
    }

    /// <summary>Revenue: the budget equals the expenditure budget; 决算数 a little above the expenditure, growing 1–30% on the year before.</summary>
    private static RevenueStatement Revenue(Draws draw, Stated initial, Stated adjusted, decimal actualYuan)
    {
        var final = Printed.Money(actualYuan + draw.Yuan(0m, actualYuan * 0.02m, 100m), MoneyUnits.TenThousandYuan);
        var prior = Printed.Round(final.Value / (1m + draw.Fraction(0.01m, 0.3m)));
        var increase = Printed.Money(final.Value - prior, MoneyUnits.TenThousandYuan);
        var growth = Printed.Percent(increase.Value, final.Value - increase.Value);
        var total = new RevenueLine(null, initial, adjusted, final, increase, growth, SourceLocation.Unknown);
        return new RevenueStatement(total, [total with { Source = "财政拨款" }]);
    }

    /// <summary>重点绩效评价 of one or two projects, with the sum of their actual expenditure.</summary>
    private static EvaluatedFundsClaim KeyEvaluation(Draws draw, BudgetExecutionTable budget)
    {
        var chosen = draw.Sample(budget.Projects, draw.Int(1, 2));
        return new EvaluatedFundsClaim(EvaluationScope.KeyProjects, chosen.Select(p => p.Label).ToArray(), Printed.Count(chosen.Count, "个"),
            Printed.Money(chosen.Sum(p => p.Actual!.Value), MoneyUnits.TenThousandYuan), SourceLocation.Unknown);
    }
}
