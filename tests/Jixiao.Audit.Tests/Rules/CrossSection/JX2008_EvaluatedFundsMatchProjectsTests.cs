using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2008_EvaluatedFundsMatchProjectsTests : RuleTestBase<EvaluatedFundsMatchProjectsRule>
{
    private static readonly string[] Names = ["应急指挥救援业务经费", "天河区森林防火经费"];

    private static BudgetExecutionTable Table(string forestActual = "538,282.43") => Rows.Table([],
        [
            Rows.Project("应急指挥救援业务经费", "320,000.00", "422,921.00", "369,121.00", "373,800.00", "206,786.40", "55.32%", implementingUnit: "应急指挥救援科"),
            Rows.Project("天河区森林防火经费", "755,920.00", "206,022.50", "416,010.07", "545,932.43", forestActual, "98.60%", implementingUnit: "区森防办"),
            Rows.Project("天河区森林防火经费（23n）", "145,600.00", "0", "78", "145,522.00", "145,522.00", "100.00%", implementingUnit: "区森防办"),
        ]);

    private static EvaluatedFundsClaim Evaluation(string? funds, string count = "2", IReadOnlyList<string>? names = null, EvaluationScope scope = EvaluationScope.KeyProjects) =>
        new(scope, names ?? Names, Num.Count(count, row: "重点评价项目个数", line: 210),
            funds is null ? null : Num.Wan(funds, "重点评价涉及一般公共预算支出", 210), Num.At("重点绩效评价", 210));

    private static ReportBuilder With(EvaluatedFundsClaim claim, string forestActual = "538,282.43") =>
        new ReportBuilder().With(r => r with { BudgetTable = Table(forestActual), Claims = [claim] });

    [Fact]
    public void Reports_when_funds_are_neither_the_projects_actual_nor_adjusted_sum()
    {
        var finding = AssertSingleFinding(With(Evaluation("94.51")),
            ("Where", "重点评价涉及一般公共预算支出"), ("Projects", "应急指挥救援业务经费、天河区森林防火经费"),
            ("Expected", "74.506883"), ("Actual", "94.51"), ("Difference", "20.003117"), ("Unit", "万元"));
        Assert.Equal(new[] { "206,786.40", "538,282.43", "94.51" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_funds_are_the_projects_actual_spending() =>
        // Tianhe 2023: 206,786.40 + 538,282.43 = 745,068.83元 = 74.51万元.
        AssertNoFindings(With(Evaluation("74.51")));

    [Fact]
    public void Silent_when_funds_are_the_projects_adjusted_budgets() =>
        // 373,800.00 + 545,932.43 = 919,732.43元 = 91.97万元.
        AssertNoFindings(With(Evaluation("91.97")));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(With(Evaluation("74.50"), forestActual: "538,263.60"));

    [Fact]
    public void No_error_when_funds_are_the_adjusted_budgets_within_rounding()
    {
        // Projects printed in 万元: actual 20.68 + 53.83 = 74.51, adjusted 37.38 + 54.59 = 91.97; the funds 91.98 are the
        // adjusted budgets up to rounding, so at most a rounding-only info is due.
        var report = new ReportBuilder().With(r => r with
        {
            BudgetTable = Rows.Table([],
                [
                    Rows.Project("应急指挥救援业务经费", "32.00", "42.29", "36.91", "37.38", "20.68", "55.32%", MoneyUnits.TenThousandYuan, "应急指挥救援科"),
                    Rows.Project("天河区森林防火经费", "75.59", "20.60", "41.60", "54.59", "53.83", "98.60%", MoneyUnits.TenThousandYuan, "区森防办"),
                ]),
            Claims = [Evaluation("91.98")],
        });
        Assert.DoesNotContain(Run(report), f => !f.WithinRounding);
    }

    [Fact]
    public void Silent_when_a_named_project_is_not_in_the_table() =>
        AssertNoFindings(With(Evaluation("94.51", names: ["应急指挥救援业务经费", "森林防火宣传经费"])));

    [Fact]
    public void Silent_for_the_department_wide_evaluation() =>
        AssertNoFindings(With(Evaluation("4051.74", count: "3", names: [], scope: EvaluationScope.Department)));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Claims = [Evaluation("94.51", count: "3")] }));

    [Fact]
    public void Silent_when_no_funds_are_stated() => AssertNoFindings(With(Evaluation(null)));
}
