using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3006_TargetNotMeasurableTests : RuleTestBase<TargetNotMeasurableRule>
{
    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    private static Indicator Output(string name, string target) => TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, name, target);

    [Fact]
    public void Reports_a_number_without_unit_as_a_warning()
    {
        // Tianhe 2023: 开展企业应急与安全生产培训 ≥6万 (人次?).
        var finding = AssertSingleFinding(With(Output("开展企业应急与安全生产培训", "≥6万")), ("Target", "≥6万"), ("Problem", "只有数字，没有度量单位"));
        Assert.Contains("财预〔2021〕101号", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_bare_number_without_unit() =>
        Assert.Equal(Severity.Warning, Assert.Single(Run(With(Output("完成安可产品购买", "=100")))).Severity);

    [Theory]
    [InlineData("美化环境")]
    [InlineData("效果明显")]
    [InlineData("提高")]
    public void Reports_a_vague_qualitative_target_as_info(string target)
    {
        var finding = Assert.Single(Run(With(Output("环境整治", target))));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(target, finding.Arguments["Target"]);
    }

    [Fact]
    public void Reports_a_count_without_direction_as_info()
    {
        var finding = Assert.Single(Run(With(Output("大楼安检巡察次数", "200次"))));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("指标性质", finding.Arguments["Problem"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("≥2000家")]
    [InlineData("100%")]
    [InlineData("0次")]
    [InlineData("≤30万元")]
    [InlineData("不发生较大以上的森林火灾")]
    [InlineData("较上年提高5%")]
    [InlineData("符合相关规定")]
    [InlineData("")]
    public void Silent_on_measurable_targets(string target) => AssertNoFindings(With(Output("指标", target)));

    [Fact]
    public void Settings_choose_the_vague_phrases_and_rate_units()
    {
        AssertNoFindings(With(Output("环境整治", "效果明显")), AuditSettings.Default with { VagueTargetPhrases = [] });
        Assert.Single(Run(With(Output("应保尽保", "应保尽保")), AuditSettings.Default with { VagueTargetPhrases = ["应保尽保"] }));
        AssertNoFindings(With(Output("巡察次数", "200次")), AuditSettings.Default with { RateUnits = ["%", "次"] });
    }

    [Fact]
    public void Reports_the_unit_missing_from_6_wan_in_the_reference_sample()
    {
        var findings = Run(TianheSample.Report);
        var unit = Assert.Single(findings, f => f.Severity == Severity.Warning);
        Assert.Equal(("开展企业应急与安全生产培训", "≥6万"), (unit.Arguments["Indicator"], unit.Arguments["Target"]));
        Assert.Equal(100, unit.Location.Line);
        Assert.Equal("提高", Assert.Single(findings, f => f.Severity == Severity.Info).Arguments["Target"]);
    }
}
