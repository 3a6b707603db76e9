using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1011_RevenueSourcesAddUpTests : RuleTestBase<RevenueSourcesAddUpRule>
{
    private static ReportBuilder WithFinal(string total, string fiscal, string funds = "0.00") =>
        new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(
                Statements.RevenueTotal(final: total),
                Statements.RevenueSource("财政拨款", final: fiscal),
                Statements.RevenueSource("政府性基金", final: funds)),
        });

    [Fact]
    public void Reports_when_the_total_is_not_the_sum_of_its_sources()
    {
        var finding = AssertSingleFinding(WithFinal("4051.74", "4045.94"),
            ("Where", "决算数"), ("Expected", "4045.94"), ("Actual", "4051.74"), ("Difference", "5.80"), ("Unit", "万元"),
            ("Expression", "4045.94 + 0.00"));
        Assert.Equal(new[] { "4045.94", "0.00", "4051.74" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_each_column_that_does_not_add_up() =>
        Assert.Equal(2, Run(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(
                Statements.RevenueTotal("3916.29", "4171.75", "4051.74", "816.03"),
                Statements.RevenueSource("财政拨款", "3961.29", "4171.75", "4051.74", "861.03")),
        })).Count);

    [Fact]
    public void Silent_when_sources_add_up() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(
                Statements.RevenueTotal("3916.29", "4171.75", "4051.74", "816.03", "25.22%"),
                Statements.RevenueSource("财政拨款", "3916.29", "4171.75", "4051.74", "816.03", "25.22%"),
                Statements.RevenueSource("政府性基金", "0", "0", "0", "0")),
        }));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(WithFinal("4051.74", "4051.7"));

    [Fact]
    public void Silent_when_the_report_has_no_revenue() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_no_sources_are_listed() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Revenue = Statements.Revenue(Statements.RevenueTotal(final: "4051.74")) }));

    [Fact]
    public void Silent_when_a_source_leaves_the_column_out() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Revenue = Statements.Revenue(
                Statements.RevenueTotal(final: "4051.74"),
                Statements.RevenueSource("财政拨款", final: "4045.94"),
                Statements.RevenueSource("政府性基金", initial: "0")),
        }));
}
