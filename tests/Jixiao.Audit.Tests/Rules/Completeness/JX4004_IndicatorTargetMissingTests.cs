using Jixiao.Audit.Rules.Completeness;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Completeness;

public sealed class JX4004_IndicatorTargetMissingTests : RuleTestBase<IndicatorTargetMissingRule>
{
    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    [Fact]
    public void Reports_an_indicator_without_an_annual_target()
    {
        var finding = AssertSingleFinding(
            With(TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家"),
                TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "安全隐患消除率", null, line: 101)),
            ("Indicator", "安全隐患消除率"));
        Assert.Equal(101, finding.Location.Line);
        Assert.Empty(finding.Values);
    }

    [Fact]
    public void Reports_a_blank_target_written_as_spaces() =>
        AssertSingleFinding(With(TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "应急处置水平", "  ")), ("Indicator", "应急处置水平"));

    [Fact]
    public void Silent_when_every_indicator_has_a_target() =>
        AssertNoFindings(With(
            TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家"),
            TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "应急处置水平", "提高"),
            TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "控制森林火灾受害率", "不发生较大以上的森林火灾")));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() => AssertNoFindings(new ReportBuilder());
}
