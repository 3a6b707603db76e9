using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

public sealed class TargetParserTests
{
    [Theory]
    [InlineData("≥2000家", TargetOperator.AtLeast, 2000, "家")]
    [InlineData("≥6万", TargetOperator.AtLeast, 60000, null)]
    [InlineData("100%", TargetOperator.Implicit, 100, "%")]
    [InlineData("≥100百分比", TargetOperator.AtLeast, 100, "%")]
    [InlineData("0次", TargetOperator.Implicit, 0, "次")]
    [InlineData("≤90万元", TargetOperator.AtMost, 900000, "元")]
    [InlineData("＞92％", TargetOperator.MoreThan, 92, "%")]
    [InlineData("=100%", TargetOperator.EqualTo, 100, "%")]
    public void Quantitative_targets_keep_operator_number_and_unit(string raw, TargetOperator op, double number, string? unit)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(TargetKind.Quantitative, target.Kind);
        Assert.Equal(op, target.Operator);
        Assert.Equal((decimal)number, target.Number);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(raw, target.Raw);
    }

    [Theory]
    [InlineData("不发生较大以上的森林火灾", TargetKind.ZeroEvent)]
    [InlineData("提高", TargetKind.Trend)]
    [InlineData("符合相关规定", TargetKind.Qualitative)]
    [InlineData("", TargetKind.Blank)]
    [InlineData(null, TargetKind.Blank)]
    public void Qualitative_targets_are_classified(string? raw, TargetKind kind) => Assert.Equal(kind, TargetParser.Parse(raw).Kind);

    [Theory]
    [InlineData("0次", true)]
    [InlineData("不发生较大以上的森林火灾", true)]
    [InlineData("≥0次", false)]
    [InlineData("100%", false)]
    public void Zero_targets_are_recognised(string raw, bool zero) => Assert.Equal(zero, TargetParser.Parse(raw).IsZeroTarget);
}
