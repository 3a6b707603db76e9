using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1001_TotalMatchesPartsTests : RuleTestBase<TotalMatchesPartsRule>
{
    private static readonly BudgetRow Personnel = Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.38", "2679.76", "99.46%");
    private static readonly BudgetRow Operating = Rows.Basic("日常公用经费", BudgetLineKind.Operating, "274.88", "0", "6.97", "267.91", "244.20", "91.15%");
    private static readonly BudgetRow Vehicles = Rows.Basic("公务用车购置及运行维护费", BudgetLineKind.OfficialVehicles, "126.2", "0", "7.31", "118.89", "118.50", "99.67%");

    private static BudgetRow BasicTotal(string initial, string adjusted, string actual, string block = "基本支出") =>
        Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, initial, "0", "65.49", adjusted, actual, "98.71%", block);

    private static ReportBuilder WithBlocks(params BudgetBlock[] blocks) =>
        new ReportBuilder().With(r => r with { BudgetTable = Rows.Table(blocks) });

    private static ReportBuilder WithEconomicTotal(string total) =>
        new ReportBuilder().With(r => r with
        {
            EconomicTable = EconomicRows.Table(
                [
                    EconomicRows.Row("工资福利支出", "27,598,182.86", null),
                    EconomicRows.Row("商品和服务支出", "7,652,427.17", null),
                    EconomicRows.Row("对个人和家庭的补助", "828,900.00", null),
                    EconomicRows.Row("资本性支出", "4,379,907.48", null),
                ],
                EconomicRows.Total(total, null)),
        });

    [Fact]
    public void Reports_when_a_block_total_is_not_the_sum_of_its_lines()
    {
        var finding = AssertSingleFinding(
            WithBlocks(new BudgetBlock("基本支出", true, [Personnel, Operating], BasicTotal("3072.78", "2962.29", "2923.96"))),
            ("Expected", "3027.78"), ("Actual", "3072.78"), ("Difference", "45.00"), ("Unit", "万元"),
            ("Table", "表3"), ("Row", "基本支出/基本支出合计"), ("Column", "年初预算"), ("Parts", "各明细行"));
        Assert.Equal(new[] { "2752.9", "274.88", "3072.78" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("年初预算", finding.Location.Column);
    }

    [Fact]
    public void Reports_when_a_department_row_is_not_the_sum_of_its_units()
    {
        var finding = AssertSingleFinding(
            WithBlocks(
                new BudgetBlock("基本支出", true, [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.37", "2697.76", "99.46%")], null),
                new BudgetBlock("局本级基本支出", false, [Rows.Basic("人员经费", BudgetLineKind.Personnel, "2395.9", "0", "207.76", "2188.14", "2174.43", "99.37%", "局本级基本支出")], null),
                new BudgetBlock("森防办基本支出", false, [Rows.Basic("人员经费", BudgetLineKind.Personnel, "357", "149.23", "0", "506.23", "505.33", "99.82%", "森防办基本支出")], null)),
            ("Expected", "2679.76"), ("Actual", "2697.76"), ("Difference", "18.00"),
            ("Row", "基本支出/人员经费"), ("Column", "实际支出"), ("Parts", "各单位"));
        Assert.Equal(new[] { "2174.43", "505.33", "2697.76" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_the_project_total_is_not_the_sum_of_the_projects()
    {
        var finding = AssertSingleFinding(
            new ReportBuilder().With(r => r with
            {
                BudgetTable = Rows.Table([],
                    [
                        Rows.Project("三防办工作经费", "197,400.00", "3,950.00", "133,950.00", "67,400.00", "39,148.40", "58.08%"),
                        Rows.Project("三防办购置经费", "500,000.00", "0", "1,320.00", "498,680.00", "498,680.00", "100.00%"),
                    ],
                    Rows.ProjectTotal("697,400.00", "3,950.00", "135,270.00", "566,080.00", "573,828.40", "101.37%")),
            }),
            ("Expected", "537828.40"), ("Actual", "573,828.40"), ("Difference", "36000.00"), ("Unit", "元"),
            ("Row", "项目支出合计"), ("Column", "实际支出"), ("Parts", "各项目"));
        Assert.Equal(new[] { "39,148.40", "498,680.00", "573,828.40" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_the_economic_table_total_is_not_the_sum_of_its_lines()
    {
        var finding = AssertSingleFinding(WithEconomicTotal("40,459,471.51"),
            ("Expected", "40459417.51"), ("Actual", "40,459,471.51"), ("Difference", "54.00"),
            ("Table", "表2"), ("Row", "合计"), ("Column", "实际支出数"));
        Assert.Equal(new[] { "27,598,182.86", "7,652,427.17", "828,900.00", "4,379,907.48", "40,459,471.51" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_totals_match_their_parts_and_memo_lines_are_left_out() =>
        AssertNoFindings(WithBlocks(new BudgetBlock("基本支出", true, [Personnel, Operating, Vehicles], BasicTotal("3027.78", "2962.29", "2923.96"))));

    [Fact]
    public void Silent_when_the_economic_table_adds_up() => AssertNoFindings(WithEconomicTotal("40,459,417.51"));

    [Fact]
    public void Silent_when_a_line_leaves_the_column_blank() =>
        AssertNoFindings(WithBlocks(new BudgetBlock("基本支出", true, [Personnel, Operating with { Initial = null }], BasicTotal("3072.78", "2962.29", "2923.96"))));

    [Fact]
    public void Info_when_only_rounding_differs()
    {
        // 表3 of the Tianhe 2023 report: 2679.76 + 244.19 = 2923.95, printed 2923.96.
        var finding = AssertRoundingOnly(WithBlocks(new BudgetBlock("基本支出", true,
            [Personnel, Operating with { Actual = Num.Wan("244.19") }], BasicTotal("3027.78", "2962.29", "2923.96"))));
        Assert.Equal("2923.95", finding.Expected);
    }

    [Fact]
    public void Silent_when_the_report_has_no_budget_or_economic_table() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_blocks_have_no_total_row() =>
        AssertNoFindings(WithBlocks(new BudgetBlock("基本支出", true, [Personnel, Operating], null)));
}
