using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1003_AdjustedBudgetBalancesTests : RuleTestBase<AdjustedBudgetBalancesRule>
{
    private static ReportBuilder WithRow(BudgetRow row) =>
        new ReportBuilder().With(r => r with { BudgetTable = Rows.Table([new BudgetBlock("森防办基本支出", false, [row], null)]) });

    [Fact]
    public void Reports_when_initial_plus_changes_is_not_adjusted()
    {
        var finding = AssertSingleFinding(
            WithRow(Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "403.52", "0", "146.83", "550.41", "548.98", "99.74%", block: "森防办基本支出")),
            ("Expected", "256.69"), ("Actual", "550.41"), ("Difference", "293.72"));
        Assert.Equal(4, finding.Values.Count);
        Assert.Equal("表3", finding.Location.Table);
        Assert.Equal("调整后预算数", finding.Location.Column);
    }

    [Fact]
    public void Silent_when_row_balances() =>
        AssertNoFindings(WithRow(Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.38", "2679.76", "99.46%")));

    [Fact]
    public void Silent_for_project_rows_in_yuan_that_balance() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            BudgetTable = Rows.Table([], [Rows.Project("三防办工作经费", "197,400.00", "3,950.00", "133,950.00", "67,400.00", "39,148.40", "58.08%")]),
        }));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(WithRow(Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.37", "2679.76", "99.46%")));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() => AssertNoFindings(new ReportBuilder());
}
