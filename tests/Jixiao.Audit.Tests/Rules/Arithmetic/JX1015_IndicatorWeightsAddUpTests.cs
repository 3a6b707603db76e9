using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1015_IndicatorWeightsAddUpTests : RuleTestBase<IndicatorWeightsAddUpRule>
{
    private static readonly FundingRow Total = Funding("总额", FundingSource.Total, "238.93", "251.89", "251.89", "100.00%", "10");

    private static ReportBuilder With(string? blockWeight, string? totalWeight, params TableIndicator[] indicators) =>
        Report(Table([Total], indicators, executionWeight: "10", blockWeight: blockWeight, totalWeight: totalWeight));

    [Fact]
    public void Reports_when_indicator_weights_do_not_add_up_to_the_block_weight()
    {
        var finding = AssertSingleFinding(With("90", null, Indicator("发放覆盖率", "60"), Indicator("足额保障率", "20", level1: "效益指标", level2: "社会效益指标")),
            ("Where", "自评表绩效指标"), ("Expression", "60 + 20"), ("Expected", "80"), ("Actual", "90"), ("Difference", "10"));
        Assert.Equal(new[] { "60", "20", "90" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_execution_and_indicator_weights_do_not_add_up_to_the_total()
    {
        var finding = AssertSingleFinding(With(null, "100", Indicator("发放覆盖率", "60"), Indicator("足额保障率", "20")),
            ("Where", "自评表合计"), ("Expression", "10 + 60 + 20"), ("Expected", "90"), ("Actual", "100"));
        Assert.Equal(4, finding.Values.Count);
    }

    [Fact]
    public void Silent_when_weights_add_up() =>
        // Qingshen 2023: 60 + 30 = 90 = 绩效指标(90分); 10 + 60 + 30 = 100 = 合计.
        AssertNoFindings(With("90", "100", Indicator("发放(缴纳)覆盖率", "60"), Indicator("足额保障率(参保率)", "30", level1: "效益指标", level2: "社会效益指标")));

    [Fact]
    public void Gives_only_a_rounding_note_for_weights_printed_with_fewer_decimals()
    {
        // 30.2 × 3 = 90.6 prints as 91, not 90; but its interval 90.45–90.75 meets 90 (89.5–90.5).
        AssertRoundingOnly(With("90", null, Indicator("甲", "30.2"), Indicator("乙", "30.2"), Indicator("丙", "30.2")));
    }

    [Fact]
    public void Silent_when_an_indicator_has_no_weight() => AssertNoFindings(With("90", "100", Indicator("发放覆盖率", "60"), Indicator("足额保障率", null)));

    [Fact]
    public void Silent_when_some_indicator_rows_were_not_read() =>
        AssertNoFindings(Report(Table([Total], [Indicator("发放覆盖率", "60")], blockWeight: "90") with { UnreadIndicatorRows = 1 }));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
