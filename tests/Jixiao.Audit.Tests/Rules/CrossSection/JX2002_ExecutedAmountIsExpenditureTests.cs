using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2002_ExecutedAmountIsExpenditureTests : RuleTestBase<ExecutedAmountIsExpenditureRule>
{
    private static ReportBuilder With(string actual, string executed, string? revenueFinal = "4051.74") =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement { Actual = Num.Wan(actual, "决算支出") },
            Conclusion = Statements.Conclusion(executed: executed),
            Revenue = revenueFinal is null ? null : Statements.Revenue(Statements.RevenueTotal(final: revenueFinal)),
        });

    private static EvaluatedFundsClaim Evaluation(EvaluationScope scope, string funds) =>
        new(scope, [], null, Num.Wan(funds, "部门整体自评涉及一般公共预算支出", 214), Num.At("部门整体支出绩效自评", 214));

    [Fact]
    public void Reports_when_the_executed_amount_is_the_revenue_final_figure()
    {
        // Tianhe 2023: 自评结论 执行数 4051.74 is the revenue 决算数; 决算支出 is 4045.94.
        var finding = AssertSingleFinding(With("4045.94", "4051.74"),
            ("FirstLabel", "决算支出"), ("SecondLabel", "执行数"), ("FirstText", "4045.94万元"), ("SecondText", "4051.74万元"),
            ("Expected", "4045.94"), ("Actual", "4051.74"), ("Difference", "5.80"), ("Unit", "万元"));
        Assert.Contains("4051.74", finding.Arguments["Note"], StringComparison.Ordinal);
        Assert.Equal(new[] { "4045.94", "4051.74", "4051.74" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_department_evaluation_funds_that_differ_from_expenditure()
    {
        var finding = AssertSingleFinding(
            new ReportBuilder().With(r => r with
            {
                Expenditure = new ExpenditureStatement { Actual = Num.Wan("4045.94", "决算支出") },
                Claims = [Evaluation(EvaluationScope.Department, "4015.74")],
            }),
            ("SecondLabel", "部门整体自评涉及一般公共预算支出"), ("Expected", "4045.94"), ("Actual", "4015.74"), ("Difference", "30.20"), ("Note", ""));
        Assert.Equal(new[] { "4045.94", "4015.74" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_the_executed_amount_is_the_expenditure() => AssertNoFindings(With("4045.94", "4045.94"));

    [Fact]
    public void Silent_for_key_project_evaluations() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement { Actual = Num.Wan("4045.94", "决算支出") },
            Claims = [Evaluation(EvaluationScope.KeyProjects, "74.51")],
        }));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(With("4045.95", "4045.9", revenueFinal: null));

    [Fact]
    public void Silent_when_the_report_has_no_expenditure() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Conclusion = Statements.Conclusion(executed: "4051.74") }));

    [Fact]
    public void Silent_when_the_report_has_no_executed_amount() => AssertNoFindings(new ReportBuilder());
}
