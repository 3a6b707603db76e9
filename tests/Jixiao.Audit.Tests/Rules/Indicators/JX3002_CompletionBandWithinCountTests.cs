using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3002_CompletionBandWithinCountTests : RuleTestBase<CompletionBandWithinCountRule>
{
    private static CompletionBandClaim Band(string count, int line = 232) =>
        new(IndicatorCategory.Output, 100, 150, Num.Count(count, row: "完成率区间指标个数", line: line), Num.Score("100", "合计得分", line), Num.At("完成率区间指标个数", line));

    private static IndicatorCountClaim Count(string total, int line = 232) =>
        new(IndicatorCategory.Output, Num.Count(total, row: "产出指标个数", line: line), [], Num.At("产出指标个数", line));

    private static ReportBuilder With(params Claim[] claims) => new ReportBuilder().With(r => r with { Claims = claims });

    [Fact]
    public void Reports_when_a_band_holds_more_indicators_than_the_category_has()
    {
        var finding = AssertSingleFinding(With(Count("7"), Band("8")),
            ("Category", "产出指标"), ("Band", "100-150%"), ("BandCount", "8"), ("Count", "7"));
        Assert.Equal("7", finding.Expected);
        Assert.Equal("8", finding.Actual);
        Assert.Equal("1", finding.Difference);
        Assert.Equal(new[] { "7", "8" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_against_the_target_table_when_no_count_is_stated()
    {
        var finding = AssertSingleFinding(
            new ReportBuilder().With(r => r with
            {
                Targets = TargetTables.With(
                    TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家"),
                    TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "安全隐患消除率", "100%")),
                Claims = [Band("7")],
            }),
            ("Count", "2"), ("BandCount", "7"));
        Assert.Equal("绩效目标表·产出指标个数", finding.Values[0].Label);
    }

    [Fact]
    public void Silent_when_the_band_is_within_the_count() =>
        // Tianhe 2023: "产出指标7个…完成率在100-150%的指标有7个".
        AssertNoFindings(With(Count("7"), Band("7")));

    [Fact]
    public void Silent_when_the_count_is_only_stated_after_the_band() => AssertNoFindings(With(Band("8", line: 232), Count("7", line: 240)));

    [Fact]
    public void Silent_when_the_report_has_no_bands() => AssertNoFindings(With(Count("7")));

    [Fact]
    public void Silent_when_there_is_nothing_to_compare_the_band_with() => AssertNoFindings(With(Band("8")));
}
