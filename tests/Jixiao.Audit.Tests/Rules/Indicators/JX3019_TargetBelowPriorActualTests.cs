using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using static Jixiao.Audit.Tests.Rules.Indicators.DeclaredIndicators;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3019_TargetBelowPriorActualTests : RuleTestBase<TargetBelowPriorActualRule>
{
    [Fact]
    public void Reports_a_positive_target_set_below_last_years_actual() =>
        AssertSingleFinding(With(Declared("执法监察数量", "≥1800家", "≥2000家", "2150家", reason: null)),
            ("Indicator", "执法监察数量"), ("Target", "≥1800家"), ("Actual", "2150家"));

    [Fact]
    public void Reports_a_new_indicator_below_last_years_actual() =>
        Assert.Single(Run(With(Declared("安全隐患消除率", "≥90%", null, "96%"))));

    [Fact]
    public void A_stated_reason_makes_it_an_info()
    {
        var finding = Assert.Single(Run(With(Declared("执法监察数量", "≥1800家", "≥2000家", "2150家", reason: "执法力量调整，部分检查转由街道实施"))));
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Theory]
    [InlineData("≥2000家", "≥2000家", "2600家")]
    [InlineData("≥2200家", "≥2000家", "2150家")]
    [InlineData("≤25万元", "≤30万元", "28万元")]
    [InlineData("≥1800家", "≥2000家", "2150人次")]
    public void Silent_on_unchanged_raised_lower_is_better_or_incomparable_targets(string target, string prior, string actual) =>
        AssertNoFindings(With(Declared("指标", target, prior, actual)));
}
