using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1002_IndicatorCountsAddUpTests : RuleTestBase<IndicatorCountsAddUpRule>
{
    private static IndicatorCountClaim Count(IndicatorCategory category, string total, params (IndicatorSubcategory Subcategory, string Count)[] parts) =>
        new(category, Num.Count(total, row: "指标个数", line: 204),
            parts.Select(p => new SubcategoryCount(p.Subcategory, Num.Count(p.Count, row: $"{p.Subcategory}个数", line: 204))).ToArray(),
            Num.At("指标个数", 204));

    private static ReportBuilder With(params IndicatorCountClaim[] claims) => new ReportBuilder().With(r => r with { Claims = claims });

    [Fact]
    public void Reports_when_listed_subcategories_do_not_add_up_to_the_total()
    {
        // Tianhe 2023: "共设立产出指标7个，其中数量指标1个，质量指标2个，时效指标3个，成本指标0个".
        var finding = AssertSingleFinding(
            With(Count(IndicatorCategory.Output, "7",
                (IndicatorSubcategory.Quantity, "1"), (IndicatorSubcategory.Quality, "2"), (IndicatorSubcategory.Timeliness, "3"), (IndicatorSubcategory.Cost, "0"))),
            ("Category", "产出指标"), ("Expected", "6"), ("Actual", "7"), ("Difference", "1"), ("Unit", "个"), ("Expression", "1 + 2 + 3 + 0"));
        Assert.Equal(new[] { "1", "2", "3", "0", "7" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal(204, finding.Location.Line);
    }

    [Fact]
    public void Silent_when_subcategories_add_up() =>
        AssertNoFindings(With(Count(IndicatorCategory.Benefit, "8",
            (IndicatorSubcategory.Economic, "2"), (IndicatorSubcategory.Social, "4"), (IndicatorSubcategory.Ecological, "1"),
            (IndicatorSubcategory.Cultural, "0"), (IndicatorSubcategory.Sustainable, "0"), (IndicatorSubcategory.ServiceSatisfaction, "1"))));

    [Fact]
    public void Silent_when_no_subcategories_are_listed() => AssertNoFindings(With(Count(IndicatorCategory.Output, "7")));

    [Fact]
    public void Counts_have_no_rounding_tolerance()
    {
        var finding = Assert.Single(Run(With(Count(IndicatorCategory.Satisfaction, "2", (IndicatorSubcategory.ServiceSatisfaction, "1")))));
        Assert.False(finding.WithinRounding);
    }

    [Fact]
    public void Silent_when_the_report_has_no_indicator_counts() => AssertNoFindings(new ReportBuilder());
}
