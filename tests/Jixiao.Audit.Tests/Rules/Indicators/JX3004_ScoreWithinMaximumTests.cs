using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Projects;
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
    [Fact]
    public void Reports_a_self_evaluation_indicator_scored_above_its_weight()
    {
        var table = SelfEvaluationTables.Table(indicators: [SelfEvaluationTables.Indicator("成本控制数", "30", "31.5")]);
        var finding = AssertSingleFinding(SelfEvaluationTables.Report(table), ("Item", "成本控制数"), ("Score", "31.5"), ("Max", "30"));
        Assert.Equal("1.5", finding.Difference);
        Assert.Equal("得分", finding.Location.Column);
    }

    [Fact]
    public void Reports_a_budget_execution_score_and_a_total_above_their_points()
    {
        var table = SelfEvaluationTables.Table(
            [SelfEvaluationTables.Funding("年度资金总额", FundingSource.Total, "100.00", "120.00", "110.00", "91.67%", "10", "12")],
            [SelfEvaluationTables.Indicator("培训人次", "90", "90")], totalWeight: "100", totalScore: "102");
        var findings = Run(SelfEvaluationTables.Report(table));
        Assert.Equal(new[] { "预算执行情况", "总分" }, findings.Select(f => f.Arguments["Item"]));
    }

    [Fact]
    public void Silent_when_self_evaluation_scores_are_within_their_points() =>
        AssertNoFindings(SelfEvaluationTables.Report(SelfEvaluationTables.Table(
            [SelfEvaluationTables.Funding("年度资金总额", FundingSource.Total, "100.00", "120.00", "110.00", "91.67%", "10", "9.17")],
            [SelfEvaluationTables.Indicator("培训人次", "90", "90")], totalWeight: "100", totalScore: "99.17")));
}
