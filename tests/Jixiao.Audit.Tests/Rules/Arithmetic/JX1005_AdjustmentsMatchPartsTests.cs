using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1005_AdjustmentsMatchPartsTests : RuleTestBase<AdjustmentsMatchPartsRule>
{
    /// <summary>表3 人员经费 of the department and its two units (Tianhe 2023 figures unless overridden).</summary>
    private static ReportBuilder Personnel(string departmentIncrease, string departmentDecrease, string ownIncrease = "0", string ownDecrease = "207.76",
        string forestIncrease = "149.23", string forestDecrease = "0") =>
        new ReportBuilder().With(r => r with
        {
            BudgetTable = Rows.Table(
            [
                new BudgetBlock("基本支出", true,
                    [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", departmentIncrease, departmentDecrease, "2694.38", "2679.76", "99.46%")], null),
                new BudgetBlock("局本级基本支出", false,
                    [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2395.9", ownIncrease, ownDecrease, "2188.14", "2174.43", "99.37%", "局本级基本支出")], null),
                new BudgetBlock("森防办基本支出", false,
                    [Rows.Basic("人员经费", BudgetLineKind.Personnel, "357", forestIncrease, forestDecrease, "506.23", "505.33", "99.82%", "森防办基本支出")], null),
            ]),
        });

    /// <summary>The department block of 表3: 人员经费, 日常公用经费 and 基本支出合计 with the given 调减.</summary>
    private static ReportBuilder BasicBlock(string totalDecrease) =>
        new ReportBuilder().With(r => r with
        {
            BudgetTable = Rows.Table(
            [
                new BudgetBlock("基本支出", true,
                    [
                        Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0.00", "58.52", "2694.38", "2679.76", "99.46%"),
                        Rows.Basic("日常公用经费", BudgetLineKind.Operating, "274.88", "0.00", "6.97", "267.91", "244.19", "91.15%"),
                    ],
                    Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "3027.78", "0.00", totalDecrease, "2962.29", "2923.96", "98.71%")),
            ]),
        });

    [Fact]
    public void Reports_when_adjustments_and_net_change_differ_from_the_parts()
    {
        var finding = AssertSingleFinding(Personnel("0", "58.52", forestIncrease: "100.00"),
            ("Table", "表3"), ("Row", "基本支出/人员经费"), ("Parts", "各单位"),
            ("TotalIncrease", "0"), ("TotalDecrease", "58.52"), ("TotalNet", "-58.52"),
            ("PartsIncrease", "100"), ("PartsDecrease", "207.76"), ("PartsNet", "-107.76"), ("Unit", "万元"));
        Assert.Equal("-107.76", finding.Expected);
        Assert.Equal("-58.52", finding.Actual);
        Assert.Equal(new[] { "0", "58.52", "0", "100.00", "207.76", "0" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_a_block_total_decrease_differs_from_its_lines() =>
        AssertSingleFinding(BasicBlock("75.49"), ("Row", "基本支出/基本支出合计"), ("Parts", "各明细行"), ("PartsDecrease", "65.49"), ("TotalDecrease", "75.49"));

    [Fact]
    public void Silent_when_adjustments_match_the_parts() => AssertNoFindings(BasicBlock("65.49"));

    [Fact]
    public void Silent_when_only_the_net_change_agrees() => AssertNoFindings(Personnel("0", "58.52"));

    [Fact]
    public void Info_when_only_rounding_differs()
    {
        var finding = AssertRoundingOnly(BasicBlock("65.50"));
        Assert.Equal("65.50", finding.Arguments["TotalDecrease"]);
        Assert.Equal("65.49", finding.Arguments["PartsDecrease"]);
    }

    [Fact]
    public void Reports_when_decreases_differ_by_more_than_rounding_beside_a_printed_zero() =>
        AssertSingleFinding(Personnel("0", "58.52", ownDecrease: "58.90", forestIncrease: "0"), ("TotalDecrease", "58.52"), ("PartsDecrease", "58.9"));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() => AssertNoFindings(new ReportBuilder());
}
