using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3007_InputRestatedAsOutputTests : RuleTestBase<InputRestatedAsOutputRule>
{
    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    private static Indicator Indicator(string name, string target, IndicatorSubcategory subcategory = IndicatorSubcategory.Quantity,
        IndicatorCategory category = IndicatorCategory.Output) => TargetTables.Indicator(category, subcategory, name, target);

    [Fact]
    public void Reports_an_output_whose_target_is_the_money_arranged()
    {
        // 岳阳楼区 (DOMAIN §5.2): 业务工作支出安排金额 28.8万元.
        var finding = AssertSingleFinding(With(Indicator("业务工作支出安排金额", "28.8万元")),
            ("Indicator", "业务工作支出安排金额"), ("Target", "28.8万元"), ("Keyword", "安排"));
        Assert.Contains("财预〔2021〕101号", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_target_written_as_funds_paid() =>
        AssertSingleFinding(With(Indicator("补助发放", "拨付补助资金120万元")), ("Keyword", "拨付"));

    [Theory]
    [InlineData("业务工作支出安排金额", "≤28.8万元")]
    [InlineData("培训人次", "≥6万人次")]
    [InlineData("发放补助户数", "≥120户")]
    [InlineData("项目完成率", "100%")]
    public void Silent_on_outputs_that_are_not_money_arranged(string name, string target) => AssertNoFindings(With(Indicator(name, target)));

    [Fact]
    public void Silent_on_cost_and_benefit_indicators() =>
        AssertNoFindings(With(
            Indicator("资金安排成本", "28.8万元", IndicatorSubcategory.Cost),
            Indicator("带动投资金额", "≥500万元", IndicatorSubcategory.Economic, IndicatorCategory.Benefit)));

    [Fact]
    public void Settings_choose_the_input_words_and_money_units()
    {
        AssertNoFindings(With(Indicator("业务工作支出安排金额", "28.8万元")), AuditSettings.Default with { InputKeywords = ["拨付"] });
        AssertNoFindings(With(Indicator("业务工作支出安排金额", "28.8万元")), AuditSettings.Default with { MoneyUnits = ["美元"] });
    }

    [Fact]
    public void Silent_on_the_reference_sample() => Assert.Empty(Run(TianheSample.Report));
}
