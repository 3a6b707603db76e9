using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1009_GrowthRateMatchesTests : RuleTestBase<GrowthRateMatchesRule>
{
    private static ReportBuilder WithTotal(string final, string increase, string growth) =>
        new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(Statements.RevenueTotal(final: final, increase: increase, growth: growth)),
        });

    [Fact]
    public void Reports_when_growth_is_divided_by_this_year_instead_of_last_year()
    {
        // 816.03 ÷ 4051.74 = 20.14%; the growth rate is 816.03 ÷ (4051.74 − 816.03) = 25.22%.
        var finding = AssertSingleFinding(WithTotal("4051.74", "816.03", "20.14%"),
            ("Where", "增长率"), ("Actual", "20.14%"), ("Expression", "816.03 ÷ (4051.74 − 816.03)"));
        Assert.StartsWith("25.219", finding.Arguments["Expected"], StringComparison.Ordinal);
        Assert.Equal(new[] { "816.03", "4051.74", "816.03", "20.14%" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_a_fund_source_line_too()
    {
        var finding = AssertSingleFinding(new ReportBuilder().With(r => r with
            {
                Revenue = Statements.Revenue(
                    Statements.RevenueTotal(final: "4051.74", increase: "816.03", growth: "25.22%"),
                    Statements.RevenueSource("财政拨款", final: "4051.74", increase: "816.03", growth: "20.14%")),
            }),
            ("Where", "财政拨款增长率"), ("Actual", "20.14%"));
        Assert.Equal(4, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_growth_matches() => AssertNoFindings(WithTotal("4051.74", "816.03", "25.22%"));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        // 816 ÷ (4052 − 816) = 25.22%, but figures printed in whole 万元 allow 25.19%–25.24%.
        AssertRoundingOnly(WithTotal("4052", "816", "25.23%"));

    [Fact]
    public void Silent_when_the_report_has_no_revenue() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_no_growth_rate_is_stated() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(Statements.RevenueTotal(final: "4051.74", increase: "816.03")),
        }));
}
