using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3004_ScoreWithinMaximumTests : RuleTestBase<ScoreWithinMaximumRule>
{
    private static ScoreClaim Score(string self, string? max = "20") =>
        new("整体效能", max is null ? null : Num.Score(max, "指标得分", 228), Num.Score(self, "自评得分", 228), Num.At("整体效能", 228));

    private static CompletionBandClaim Band(string totalScore) =>
        new(IndicatorCategory.Output, 100, 150, Num.Count("7", row: "完成率区间指标个数", line: 232), Num.Score(totalScore, "合计得分", 232), Num.At("完成率区间指标个数", 232));

    private static ReportBuilder With(params Claim[] claims) => new ReportBuilder().With(r => r with { Claims = claims });

    [Fact]
    public void Reports_when_a_self_score_exceeds_the_points_of_its_item()
    {
        var finding = AssertSingleFinding(With(Score("21.5")), ("Item", "整体效能"), ("Score", "21.5"), ("Max", "20"));
        Assert.Equal("≤ 20", finding.Expected);
        Assert.Equal("1.5", finding.Difference);
        Assert.Equal(new[] { "20", "21.5" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal(228, finding.Location.Line);
    }

    [Fact]
    public void Reports_when_a_category_total_exceeds_full_marks()
    {
        var finding = AssertSingleFinding(With(Band("101")), ("Item", "产出指标合计得分"), ("Score", "101"), ("Max", "100"));
        Assert.Equal(new[] { "100", "101" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_scores_are_within_their_points() =>
        // Tianhe 2023: 整体效能 指标得分20分，自评得分18.43分; 产出指标合计得分100分.
        AssertNoFindings(With(Score("18.43"), Score("20"), Band("100")));

    [Fact]
    public void Silent_when_an_item_states_no_points() => AssertNoFindings(With(Score("21.5", max: null)));

    [Fact]
    public void Silent_when_the_report_has_no_scores() => AssertNoFindings(new ReportBuilder());
}
