using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1008_SharesMatchAmountsTests : RuleTestBase<SharesMatchAmountsRule>
{
    private static ReportBuilder WithEconomicTable(string goodsShare, string? totalShare = "100.00%") =>
        new ReportBuilder().With(r => r with
        {
            EconomicTable = EconomicRows.Table(
                [
                    EconomicRows.Row("工资福利支出", "27,598,182.86", "68.21%"),
                    EconomicRows.Row("商品和服务支出", "7,652,427.17", goodsShare),
                    EconomicRows.Row("对个人和家庭的补助", "828,900.00", "2.05%"),
                    EconomicRows.Row("债务利息及费用支出", "0.00", "0.00%"),
                    EconomicRows.Row("资本性支出", "4,379,907.48", "10.83%"),
                ],
                EconomicRows.Total("40,459,417.51", totalShare)),
        });

    private static ReportBuilder WithExpenditure(string basicShare, string projectShare) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement
            {
                Actual = Num.Wan("4045.94", "决算支出"),
                Basic = Num.Wan("2923.96", "基本支出"),
                BasicShare = Num.Pct(basicShare, "基本支出占比"),
                Project = Num.Wan("1121.99", "项目支出"),
                ProjectShare = Num.Pct(projectShare, "项目支出占比"),
                EconomicClasses = [EconomicRows.Narrative("工资福利支出", "2759.82", "68.21%")],
            },
        });

    [Fact]
    public void Reports_when_a_narrative_share_is_not_amount_over_expenditure()
    {
        var finding = AssertSingleFinding(WithExpenditure("72.72%", "27.73%"),
            ("Where", "基本支出占比"), ("Actual", "72.72%"), ("Expression", "2923.96 ÷ 4045.94"));
        Assert.StartsWith("72.26", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "2923.96", "4045.94", "72.72%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_a_table_share_is_not_amount_over_total()
    {
        var finding = AssertSingleFinding(WithEconomicTable("19.81%", totalShare: null),
            ("Where", "表2“商品和服务支出”占比"), ("Actual", "19.81%"), ("Expression", "7,652,427.17 ÷ 40,459,417.51"));
        Assert.StartsWith("18.91", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "7,652,427.17", "40,459,417.51", "19.81%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_shares_match_amounts()
    {
        AssertNoFindings(WithEconomicTable("18.91%"));
        AssertNoFindings(WithExpenditure("72.27%", "27.73%"));
    }

    [Fact]
    public void Info_when_only_rounding_differs()
    {
        // Three equal classes: each share 33.33% is exact, but they add up to 99.99% against a printed 100.00%.
        var finding = AssertRoundingOnly(new ReportBuilder().With(r => r with
        {
            EconomicTable = EconomicRows.Table(
                [
                    EconomicRows.Row("工资福利支出", "1,000,000.00", "33.33%"),
                    EconomicRows.Row("商品和服务支出", "1,000,000.00", "33.33%"),
                    EconomicRows.Row("资本性支出", "1,000,000.00", "33.33%"),
                ],
                EconomicRows.Total("3,000,000.00", "100.00%")),
        }));
        Assert.Equal("表2“合计”占比", finding.Arguments["Where"]);
        Assert.Equal("99.99%", finding.Expected);
        Assert.Equal(4, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_the_report_has_no_economic_table_or_expenditure() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_economic_table_has_no_total() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            EconomicTable = EconomicRows.Table([EconomicRows.Row("工资福利支出", "27,598,182.86", "99.00%")], null),
        }));
}
