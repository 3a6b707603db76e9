using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1006_RateMatchesFiguresTests : RuleTestBase<RateMatchesFiguresRule>
{
    private static ReportBuilder WithRow(BudgetRow row) =>
        new ReportBuilder().With(r => r with { BudgetTable = Rows.Table([new BudgetBlock("基本支出", true, [row], null)]) });

    private static ReportBuilder WithExpenditure(string actual, string adjusted, string rate) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement
            {
                Adjusted = Num.Wan(adjusted, "调整预算支出"),
                Actual = Num.Wan(actual, "决算支出"),
                ExecutionRate = Num.Pct(rate, "部门预算执行率"),
            },
        });

    [Fact]
    public void Reports_when_a_table_rate_is_not_actual_over_adjusted()
    {
        var finding = AssertSingleFinding(
            WithRow(Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.38", "2679.76", "94.46%")),
            ("Where", "表3“基本支出/人员经费”"), ("Expected", "99.457389%"), ("Actual", "94.46%"), ("Difference", "4.997389%"),
            ("Expression", "2679.76 ÷ 2694.38"));
        Assert.Equal(new[] { "2679.76", "2694.38", "94.46%" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("支出率", finding.Location.Column);
    }

    [Fact]
    public void Reports_when_the_execution_rate_is_not_expenditure_over_adjusted_budget()
    {
        // 97.12% is the conclusion's rate (执行数 4051.74 = revenue 决算数); 决算支出 4045.94 gives 96.98%.
        var finding = AssertSingleFinding(WithExpenditure("4045.94", "4171.75", "97.12%"),
            ("Where", "部门预算执行率"), ("Actual", "97.12%"), ("Expression", "4045.94 ÷ 4171.75"));
        Assert.StartsWith("96.98", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "4045.94", "4171.75", "97.12%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_the_conclusion_rate_is_not_executed_over_budget()
    {
        var finding = AssertSingleFinding(new ReportBuilder().With(r => r with { Conclusion = Statements.Conclusion("4171.75", "4051.74", "96.98%") }),
            ("Where", "完成预算的比例"), ("Actual", "96.98%"), ("Expression", "4051.74 ÷ 4171.75"));
        Assert.Equal(new[] { "4051.74", "4171.75", "96.98%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_nothing_of_a_zero_budget_is_spent_but_the_rate_is_not_zero()
    {
        var finding = AssertSingleFinding(WithRow(Rows.Basic("因公出国（境）经费", BudgetLineKind.OverseasTravel, "0", "0", "0", "0", "0", "100%")),
            ("Expected", "0%"), ("Actual", "100%"));
        Assert.Equal(3, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_rates_match_their_figures()
    {
        AssertNoFindings(WithRow(Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.38", "2679.76", "99.46%")));
        AssertNoFindings(WithExpenditure("4045.94", "4171.75", "96.98%"));
        AssertNoFindings(new ReportBuilder().With(r => r with { Conclusion = Statements.Conclusion("4171.75", "4051.74", "97.12%") }));
    }

    [Fact]
    public void Silent_for_a_zero_budget_with_a_zero_rate() =>
        AssertNoFindings(WithRow(Rows.Basic("因公出国（境）经费", BudgetLineKind.OverseasTravel, "0", "0", "0", "0", "0", "0%")));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(WithRow(Rows.Basic("公务接待费", BudgetLineKind.OfficialReception, "0.5", "0", "0", "0.5", "0.37", "75.00%")));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table_expenditure_or_conclusion() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_conclusion_leaves_out_its_budget() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Conclusion = Statements.Conclusion(executed: "4051.74", rate: "96.98%") }));
    [Fact]
    public void Reports_when_a_self_evaluation_funding_rate_is_not_actual_over_full_year_budget()
    {
        var table = SelfEvaluationTables.Table([SelfEvaluationTables.Funding("年度资金总额", FundingSource.Total, "100.00", "120.00", "110.00", "95.00%", "10")]);
        var finding = AssertSingleFinding(SelfEvaluationTables.Report(table),
            ("Where", "自评表“年度资金总额”"), ("Expression", "110.00 ÷ 120.00"), ("Actual", "95.00%"));
        Assert.StartsWith("91.66", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "110.00", "120.00", "95.00%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_self_evaluation_funding_rates_match()
    {
        // Qingshen 2023: 251.89 ÷ 251.89 = 100.00%; 财政专户管理资金 0.00 ÷ 0.00 printed 0.00%.
        var table = SelfEvaluationTables.Table([
            SelfEvaluationTables.Funding("总额", FundingSource.Total, "238.93", "251.89", "251.89", "100.00%", "10"),
            SelfEvaluationTables.Funding("财政专户管理资金", FundingSource.SpecialAccount, "0.00", "0.00", "0.00", "0.00%"),
        ]);
        AssertNoFindings(SelfEvaluationTables.Report(table));
    }

    [Fact]
    public void Gives_only_a_rounding_note_for_a_funding_rate_from_coarse_figures()
    {
        // 3.4 ÷ 3.6 = 94.44%, but 3.35–3.45 over 3.55–3.65 spans 91.78%–97.18%: 95.00% is possible.
        var table = SelfEvaluationTables.Table([SelfEvaluationTables.Funding("总额", FundingSource.Total, null, "3.6", "3.4", "95.00%")]);
        AssertRoundingOnly(SelfEvaluationTables.Report(table));
    }
}
