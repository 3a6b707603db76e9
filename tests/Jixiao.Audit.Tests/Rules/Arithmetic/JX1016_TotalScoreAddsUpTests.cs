using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1016_TotalScoreAddsUpTests : RuleTestBase<TotalScoreAddsUpRule>
{
    private static ReportBuilder With(string? executionScore, string totalScore, params TableIndicator[] indicators) =>
        Report(Table([Funding("年度资金总额", FundingSource.Total, "100.00", "120.00", "110.00", "91.67%", "10", executionScore)], indicators,
            totalWeight: "100", totalScore: totalScore));

    [Fact]
    public void Reports_when_the_total_score_is_not_the_sum_of_the_scores()
    {
        // Integer scores stand for ±0.5 each, so the sum may lie anywhere in 94.165–96.175; 97.17 is outside.
        var finding = AssertSingleFinding(With("9.17", "97.17", Indicator("培训人次", "50", "50"), Indicator("满意度", "40", "36", level1: "满意度指标", level2: "服务对象满意度指标")),
            ("Where", "自评表合计"), ("Expression", "9.17 + 50 + 36"), ("Expected", "95.17"), ("Actual", "97.17"), ("Difference", "2.00"));
        Assert.Equal(new[] { "9.17", "50", "36", "97.17" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_the_total_is_the_sum() =>
        AssertNoFindings(With("9.17", "95.17", Indicator("培训人次", "50", "50"), Indicator("满意度", "40", "36")));

    [Fact]
    public void Gives_only_a_rounding_note_when_the_total_is_printed_coarser()
    {
        // 9.17 + 50 + 36 = 95.17; a total printed as 95.2 (95.15–95.25) is that sum rounded — no finding; 95.1 is not,
        // but the integer scores (±0.5 each) still allow it.
        AssertNoFindings(With("9.17", "95.2", Indicator("培训人次", "50", "50"), Indicator("满意度", "40", "36")));
        AssertRoundingOnly(With("9.17", "95.1", Indicator("培训人次", "50", "50"), Indicator("满意度", "40", "36")));
    }

    [Fact]
    public void Silent_when_an_indicator_score_is_blank() =>
        // Qingshen 2023 leaves every 得分 blank.
        AssertNoFindings(With(null, "100", Indicator("发放覆盖率", "60"), Indicator("足额保障率", "30")));

    [Fact]
    public void Silent_when_the_execution_score_is_blank_but_weighted() =>
        AssertNoFindings(With(null, "86", Indicator("培训人次", "50", "50"), Indicator("满意度", "40", "36")));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
