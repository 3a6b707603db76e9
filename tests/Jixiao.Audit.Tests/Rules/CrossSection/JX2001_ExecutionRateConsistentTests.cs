using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2001_ExecutionRateConsistentTests : RuleTestBase<ExecutionRateConsistentRule>
{
    private static ReportBuilder With(string expenditureRate, string conclusionRate) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement
            {
                Adjusted = Num.Wan("4171.75", "调整预算支出"),
                Actual = Num.Wan("4045.94", "决算支出"),
                ExecutionRate = Num.Pct(expenditureRate, "部门预算执行率"),
            },
            Conclusion = Statements.Conclusion("4171.75", "4051.74", conclusionRate),
        });

    [Fact]
    public void Reports_when_the_conclusion_rate_differs_from_the_execution_rate()
    {
        // Tianhe 2023: 96.98% (决算支出 ÷ 调整预算支出) in 收支情况, 97.12% (revenue 决算数 ÷ 全年预算数) in 自评结论.
        var finding = AssertSingleFinding(With("96.98%", "97.12%"),
            ("FirstSection", "一、（四）"), ("FirstLabel", "部门预算执行率"), ("SecondSection", "二、（一）"), ("SecondLabel", "完成预算的比例"),
            ("Expected", "96.98%"), ("Actual", "97.12%"), ("Difference", "0.14%"),
            ("FirstBasis", "决算支出 4045.94 ÷ 调整预算支出 4171.75"), ("SecondBasis", "执行数 4051.74 ÷ 全年预算数 4171.75"));
        Assert.Equal(new[] { "96.98%", "97.12%", "4045.94", "4171.75", "4051.74", "4171.75" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("二、（一）", finding.Location.Section);
    }

    [Fact]
    public void Reports_without_a_basis_when_the_figures_are_not_stated()
    {
        var finding = AssertSingleFinding(new ReportBuilder().With(r => r with
            {
                Expenditure = new ExpenditureStatement { ExecutionRate = Num.Pct("96.98%", "部门预算执行率") },
                Conclusion = Statements.Conclusion(rate: "97.12%"),
            }),
            ("FirstBasis", "依据未列明"), ("SecondBasis", "依据未列明"));
        Assert.Equal(2, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_both_rates_agree() => AssertNoFindings(With("96.98%", "96.98%"));

    [Fact]
    public void Silent_when_the_coarser_rate_is_the_finer_one_rounded() => AssertNoFindings(With("96.98%", "97%"));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(With("96.95%", "96.9%"));

    [Fact]
    public void Silent_when_the_report_has_no_expenditure_or_conclusion() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_conclusion_states_no_rate() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement { ExecutionRate = Num.Pct("96.98%", "部门预算执行率") },
            Conclusion = Statements.Conclusion("4171.75", "4051.74"),
        }));
}
