using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1004_NetAdjustmentsShownAsGrossTests : RuleTestBase<NetAdjustmentsShownAsGrossRule>
{
    /// <summary>表3 人员经费 of the department and its two units; the units' adjustments are those of the Tianhe 2023 report.</summary>
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

    [Fact]
    public void Reports_when_the_total_shows_the_net_change_while_the_parts_show_gross_changes()
    {
        // Tianhe 2023: the department row shows 调增 0、调减 58.52; the units 调增 149.23、调减 207.76 (net −58.53).
        var finding = AssertSingleFinding(Personnel("0", "58.52"),
            ("Table", "表3"), ("Row", "基本支出/人员经费"), ("Parts", "各单位"),
            ("TotalIncrease", "0"), ("TotalDecrease", "58.52"), ("TotalNet", "-58.52"),
            ("PartsIncrease", "149.23"), ("PartsDecrease", "207.76"), ("PartsNet", "-58.53"), ("Unit", "万元"));
        Assert.Equal(new[] { "0", "58.52", "0", "149.23", "207.76", "0" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("预算调增数", finding.Location.Column);
    }

    [Fact]
    public void Reports_when_a_block_total_nets_its_lines_adjustments()
    {
        var finding = AssertSingleFinding(
            new ReportBuilder().With(r => r with
            {
                BudgetTable = Rows.Table(
                [
                    new BudgetBlock("森防办基本支出", false,
                        [
                            Rows.Basic("人员经费", BudgetLineKind.Personnel, "357", "149.23", "0", "506.23", "505.33", "99.82%", "森防办基本支出"),
                            Rows.Basic("日常公用经费", BudgetLineKind.Operating, "46.52", "0", "2.34", "44.18", "43.65", "98.80%", "森防办基本支出"),
                        ],
                        Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "403.52", "146.89", "0", "550.41", "548.98", "99.74%", "森防办基本支出")),
                ]),
            }),
            ("Row", "森防办基本支出/基本支出合计"), ("Parts", "各明细行"), ("TotalNet", "146.89"), ("PartsNet", "146.89"));
        Assert.Equal(6, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_the_total_shows_gross_adjustments() => AssertNoFindings(Personnel("149.23", "207.76"));

    [Fact]
    public void Silent_when_even_the_net_change_differs() => AssertNoFindings(Personnel("0", "58.52", forestIncrease: "100.00"));

    [Fact]
    public void Silent_when_only_rounding_differs() => AssertNoFindings(Personnel("149.23", "207.77", ownIncrease: "0.00", forestDecrease: "0.00"));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_a_unit_leaves_the_adjustments_blank() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            BudgetTable = Rows.Table(
            [
                new BudgetBlock("基本支出", true,
                    [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.38", "2679.76", "99.46%")], null),
                new BudgetBlock("局本级基本支出", false,
                    [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2395.9", "0", "207.76", "2188.14", "2174.43", "99.37%", "局本级基本支出") with { Increase = null }], null),
            ]),
        }));
}
