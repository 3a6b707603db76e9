using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3008_TargetUnitConflictTests : RuleTestBase<TargetUnitConflictRule>
{
    private static TableIndicator Row(string name, string? nature, string value, string? unit) =>
        SelfEvaluationTables.Indicator(name, "10", target: (nature ?? string.Empty) + value + (unit ?? string.Empty)) with
        {
            Nature = nature,
            TargetValue = value,
            MeasureUnit = unit,
        };

    private static ReportBuilder With(params TableIndicator[] rows) => SelfEvaluationTables.Report(SelfEvaluationTables.Table(indicators: rows));

    [Fact]
    public void Reports_an_amount_with_a_percent_unit()
    {
        // 岳阳楼区 (DOMAIN §5.2): 28.8万元 with 度量单位 "%".
        var finding = AssertSingleFinding(With(Row("业务工作支出安排金额", "=", "28.8万元", "%")), ("Indicator", "业务工作支出安排金额"));
        Assert.Contains("“%”", finding.Arguments["Conflict"], StringComparison.Ordinal);
        Assert.Contains("财预〔2021〕101号", finding.Message, StringComparison.Ordinal);
        Assert.Equal("28.8万元", finding.Actual);
    }

    [Fact]
    public void Reports_a_wording_marked_quantitative() =>
        Assert.Contains("“定量”", AssertSingleFinding(With(Row("资金发放", "定量", "按月安排", null))).Arguments["Conflict"], StringComparison.Ordinal);

    [Fact]
    public void Reports_a_wording_with_a_unit() =>
        Assert.Contains("“应保尽保”", AssertSingleFinding(With(Row("参保覆盖", "定性", "应保尽保", "%"))).Arguments["Conflict"], StringComparison.Ordinal);

    [Theory]
    [InlineData("=", "100", "%")]
    [InlineData("≥", "95%", "%")]
    [InlineData("≥", "100百分比", "%")]
    [InlineData("≤", "28.8万元", "万元")]
    [InlineData("≥", "6万人次", "人次")]
    [InlineData("定性", "按月安排", null)]
    [InlineData("定性", "应保尽保", "/")]
    [InlineData(null, "", "%")]
    public void Silent_when_value_unit_and_nature_agree(string? nature, string value, string? unit) =>
        AssertNoFindings(With(Row("指标", nature, value, unit)));

    [Fact]
    public void Settings_choose_the_quantitative_natures_and_no_unit_marks()
    {
        AssertNoFindings(With(Row("资金发放", "定量", "按月安排", null)), AuditSettings.Default with { QuantitativeNatures = ["≥"] });
        Assert.Single(Run(With(Row("参保覆盖", "定性", "应保尽保", "/")), AuditSettings.Default with { NoUnitMarks = [] }));
    }

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
