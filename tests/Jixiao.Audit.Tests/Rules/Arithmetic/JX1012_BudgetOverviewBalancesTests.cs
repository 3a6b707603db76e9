using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1012_BudgetOverviewBalancesTests : RuleTestBase<BudgetOverviewBalancesRule>
{
    private static ReportBuilder With(BudgetOverview overview) =>
        new ReportBuilder().With(r => r with { Targets = new PerformanceTargetTable { Overview = overview, Location = TargetTables.Location } });

    private static BudgetOverview Spending(string basic = "3,027.78", string project = "888.51") => new()
    {
        Basic = TargetTables.Amount(basic, "基本支出", "绩效目标表!C4"),
        Project = TargetTables.Amount(project, "项目支出", "绩效目标表!C5"),
    };

    [Fact]
    public void Reports_when_revenue_sources_do_not_balance_spending()
    {
        var finding = AssertSingleFinding(
            With(Spending() with
            {
                FiscalAppropriation = TargetTables.Amount("3,961.29", "财政拨款", "绩效目标表!E4"),
                OtherFunds = TargetTables.Amount("0.00", "其他资金", "绩效目标表!E5"),
            }),
            ("Where", "收入来源“财政拨款”"), ("Expected", "3916.29"), ("Actual", "3,961.29"), ("Difference", "45.00"), ("Unit", "万元"));
        Assert.Equal(new[] { "3,027.78", "888.51", "0.00", "3,961.29" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("绩效目标表!E4", finding.Location.Cell);
    }

    [Fact]
    public void Reports_when_own_level_and_transfers_do_not_balance_spending()
    {
        var finding = AssertSingleFinding(
            With(Spending() with
            {
                OwnLevel = TargetTables.Amount("3,916.29", "本级使用资金", "绩效目标表!C10"),
                TransfersDown = TargetTables.Amount("100.00", "拟用于对下转移支付资金", "绩效目标表!E10"),
            }),
            ("Where", "按预算级次“本级使用资金”"), ("Expected", "3816.29"), ("Actual", "3,916.29"), ("Difference", "100.00"));
        Assert.Equal(4, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_the_overview_balances() =>
        // Tianhe 2023: 3,027.78 + 888.51 = 3,916.29 财政拨款 + 0.00 其他资金 = 3,916.29 本级 + 0.00 对下.
        AssertNoFindings(With(Spending() with
        {
            FiscalAppropriation = TargetTables.Amount("3,916.29", "财政拨款", "绩效目标表!E4"),
            OtherFunds = TargetTables.Amount("0.00", "其他资金", "绩效目标表!E5"),
            OwnLevel = TargetTables.Amount("3,916.29", "本级使用资金", "绩效目标表!C10"),
            TransfersDown = TargetTables.Amount("0.00", "拟用于对下转移支付资金", "绩效目标表!E10"),
        }));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(With(Spending(project: "888.5") with { FiscalAppropriation = TargetTables.Amount("3,916.29", "财政拨款", "绩效目标表!E4") }));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_overview_has_no_spending() =>
        AssertNoFindings(With(new BudgetOverview { FiscalAppropriation = TargetTables.Amount("3,916.29", "财政拨款", "绩效目标表!E4") }));
}
