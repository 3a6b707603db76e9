using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2005_RepeatedFigureConsistentTests : RuleTestBase<RepeatedFigureConsistentRule>
{
    [Fact]
    public void Reports_when_budget_revenue_differs_from_initial_expenditure()
    {
        var finding = AssertSingleFinding(new ReportBuilder().With(r => r with
            {
                Revenue = Statements.Revenue(Statements.RevenueTotal(initial: "3916.29")),
                Expenditure = new ExpenditureStatement { Initial = Num.Wan("3027.78", "年初预算支出") },
            }),
            ("FirstLabel", "一、（四）预算收入"), ("SecondLabel", "一、（四）年初预算支出"),
            ("Expected", "3916.29"), ("Actual", "3027.78"), ("Difference", "888.51"), ("Unit", "万元"));
        Assert.Equal(new[] { "3916.29", "3027.78" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_the_conclusion_budget_differs_from_adjusted_expenditure() =>
        AssertSingleFinding(new ReportBuilder().With(r => r with
            {
                Expenditure = new ExpenditureStatement { Adjusted = Num.Wan("4171.75", "调整预算支出") },
                Conclusion = Statements.Conclusion(budget: "4051.74"),
            }),
            ("FirstLabel", "一、（四）调整预算支出"), ("SecondLabel", "二、（一）全年预算数"), ("Expected", "4171.75"), ("Actual", "4051.74"), ("Difference", "120.01"));

    [Fact]
    public void Reports_when_target_table_sources_differ_from_budget_revenue()
    {
        var finding = AssertSingleFinding(new ReportBuilder().With(r => r with
            {
                Revenue = Statements.Revenue(Statements.RevenueTotal(initial: "3916.29")),
                Targets = new PerformanceTargetTable
                {
                    Overview = new BudgetOverview
                    {
                        FiscalAppropriation = TargetTables.Amount("3,916.29", "财政拨款", "绩效目标表!E4"),
                        OtherFunds = TargetTables.Amount("100.00", "其他资金", "绩效目标表!E5"),
                    },
                },
            }),
            ("FirstLabel", "目标表·收入来源合计"), ("SecondLabel", "一、（四）预算收入"), ("Expected", "4016.29"), ("Actual", "3916.29"), ("Difference", "100.00"));
        Assert.Equal(new[] { "3,916.29", "100.00", "3916.29" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_repeated_figures_agree() =>
        // Tianhe 2023: 预算收入 = 年初预算支出 = 3916.29; 调整预算数 = 调整预算支出 = 全年预算数 = 4171.75; 财政拨款 3,916.29 + 其他资金 0.00.
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(Statements.RevenueTotal(initial: "3916.29", adjusted: "4171.75")),
            Expenditure = new ExpenditureStatement { Initial = Num.Wan("3916.29", "年初预算支出"), Adjusted = Num.Wan("4171.75", "调整预算支出") },
            Conclusion = Statements.Conclusion(budget: "4171.75"),
            Targets = new PerformanceTargetTable
            {
                Overview = new BudgetOverview
                {
                    FiscalAppropriation = TargetTables.Amount("3,916.29", "财政拨款", "绩效目标表!E4"),
                    OtherFunds = TargetTables.Amount("0.00", "其他资金", "绩效目标表!E5"),
                },
            },
        }));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(Statements.RevenueTotal(adjusted: "4171.75")),
            Expenditure = new ExpenditureStatement { Adjusted = Num.Wan("4171.7", "调整预算支出") },
        }));

    [Fact]
    public void Silent_when_the_report_has_no_repeated_figures() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_only_one_side_is_stated() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(Statements.RevenueTotal(final: "4051.74")),
            Expenditure = new ExpenditureStatement { Initial = Num.Wan("3916.29", "年初预算支出") },
            Conclusion = Statements.Conclusion(executed: "4051.74"),
        }));
}
