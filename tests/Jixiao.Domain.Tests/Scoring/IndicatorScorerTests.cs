using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>Completion rates and indicator scores per DOMAIN §6.3.</summary>
public sealed class IndicatorScorerTests
{
    private static IndicatorOutcome Score(string target, string? actual, decimal? points = 10m, string method = "auto") =>
        IndicatorScorer.Score(new IndicatorInput("指标", null, TargetParser.Parse(target), null, actual, points), new IndicatorParameters(), method);

    [Theory]
    [InlineData("≥100人次", "80人次", 8)]
    [InlineData("≥100人次", "120人次", 10)]
    [InlineData("≤50万元", "40万元", 10)]
    [InlineData("≤50万元", "62.5万元", 8)]
    [InlineData("0次", "0次", 10)]
    [InlineData("0次", "2次", 0)]
    [InlineData("不发生较大以上森林火灾", "未发生", 10)]
    public void Scores_quantitative_and_zero_targets(string target, string actual, decimal expected) =>
        Assert.Equal(expected, Score(target, actual).Awarded);

    [Fact]
    public void Qualitative_grades_take_the_top_of_each_10号_range()
    {
        Assert.Equal(10m, Score("有效提升", "达成").Awarded);
        Assert.Equal(8m, Score("有效提升", "部分完成").Awarded);
        Assert.Equal(6m, Score("有效提升", "未完成").Awarded);
    }

    [Fact]
    public void Over_150_percent_is_flagged() => Assert.Contains(ReviewMark.OverTarget, Score("≥100人次", "200人次").Flags);

    [Fact]
    public void A_word_against_a_number_is_flagged() => Assert.Contains(ReviewMark.ActualIsWord, Score("≥2000家", "完成").Flags);

    [Fact]
    public void Not_applicable_and_missing_are_not_scored()
    {
        Assert.Equal(CompletionStatus.NotApplicable, Score("≥2000家", "不适用").Status);
        Assert.Equal(CompletionStatus.ActualMissing, Score("≥2000家", null).Status);
    }

    [Fact]
    public void Formula_evaluates_named_inputs() =>
        Assert.Equal(19.8m, Formula.Evaluate("分值 × (0.5 × 产出分 + 0.5 × 效益分) ÷ 100", new Dictionary<string, decimal?> { ["分值"] = 20, ["产出分"] = 100, ["效益分"] = 98 }));

    [Fact]
    public void Manual_score_without_reason_is_rejected_in_chinese()
    {
        var (scheme, error) = SchemeReader.Parse("""{"name":"x","basis":["b"],"items":[{"name":"整体效能","points":20,"method":"manual","manual":{"score":18.43,"reason":""}}]}""");
        Assert.Null(scheme);
        Assert.Contains("理由", error, StringComparison.Ordinal);
    }
}
