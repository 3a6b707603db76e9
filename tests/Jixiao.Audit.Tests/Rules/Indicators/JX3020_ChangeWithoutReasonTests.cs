using Jixiao.Audit.Rules.Indicators;
using static Jixiao.Audit.Tests.Rules.Indicators.DeclaredIndicators;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3020_ChangeWithoutReasonTests : RuleTestBase<ChangeWithoutReasonRule>
{
    [Fact]
    public void Reports_a_changed_target_without_a_reason()
    {
        var finding = AssertSingleFinding(With(Declared("执法监察数量", "≥1800家", "≥2000家", null)),
            ("Indicator", "执法监察数量"), ("PriorTarget", "≥2000家"), ("Target", "≥1800家"));
        Assert.Equal(("≥2000家", "≥1800家"), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Reports_a_qualitative_target_reworded() =>
        Assert.Single(Run(With(Declared("应急处置水平", "应急处置平均到场时间缩短", "提高", null))));

    [Theory]
    [InlineData("≥2000家", "≥2000家", null)]
    [InlineData("≥ 2000 家", "≥2000家", null)]
    [InlineData("≥2500家", "≥2000家", "上年实际 2600 家，目标相应提高")]
    [InlineData("≥2500家", null, null)]
    [InlineData("", "≥2000家", null)]
    public void Silent_on_kept_or_explained_targets_new_indicators_and_blank_targets(string target, string? prior, string? reason) =>
        AssertNoFindings(With(Declared("执法监察数量", target, prior, null, reason)));
}
