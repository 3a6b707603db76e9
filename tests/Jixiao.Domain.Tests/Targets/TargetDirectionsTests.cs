using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

public sealed class TargetDirectionsTests
{
    [Theory]
    [InlineData("群众满意度", TargetDirection.HigherIsBetter, "满意度")]
    [InlineData("宣传覆盖面", TargetDirection.HigherIsBetter, "覆盖面")]
    [InlineData("水质达标率", TargetDirection.HigherIsBetter, "达标率")]
    [InlineData("信息报送及时率", TargetDirection.HigherIsBetter, "及时率")]
    [InlineData("事故处置及时率", TargetDirection.HigherIsBetter, "及时率")]
    [InlineData("安全事故发生率", TargetDirection.LowerIsBetter, "发生率")]
    [InlineData("森林火灾受害率", TargetDirection.LowerIsBetter, "受害率")]
    [InlineData("资金结余率", TargetDirection.LowerIsBetter, "结余率")]
    [InlineData("群众投诉率", TargetDirection.LowerIsBetter, "投诉率")]
    [InlineData("预算偏差率", TargetDirection.LowerIsBetter, "偏差率")]
    [InlineData("重大差错", TargetDirection.LowerIsBetter, "差错")]
    [InlineData("运维成本", TargetDirection.LowerIsBetter, "成本")]
    [InlineData("印刷费用", TargetDirection.LowerIsBetter, "费用")]
    [InlineData("采购单价", TargetDirection.LowerIsBetter, "单价")]
    [InlineData("成本控制数", TargetDirection.LowerIsBetter, "控制数")]
    [InlineData("投诉办结率", TargetDirection.HigherIsBetter, "办结率")]
    public void Bare_targets_take_their_direction_from_the_name(string name, TargetDirection direction, string keyword)
    {
        var target = TargetParser.Parse("95%", name);
        Assert.Equal((direction, DirectionSource.Keyword, keyword), (target.Direction, target.DirectionSource, target.DirectionKeyword));
        Assert.Equal(TargetOperator.Implicit, target.Operator);
    }

    [Fact]
    public void Without_a_name_a_bare_target_stays_unresolved()
    {
        var target = TargetParser.Parse("9个");
        Assert.Equal((TargetDirection.None, DirectionSource.None, TargetOperator.Implicit), (target.Direction, target.DirectionSource, target.EffectiveOperator));
    }

    [Fact]
    public void A_written_operator_wins_over_the_name()
    {
        var target = TargetParser.Parse("≥5%", "资金结余率");
        Assert.Equal((TargetDirection.HigherIsBetter, DirectionSource.Operator), (target.Direction, target.DirectionSource));
    }

    [Fact]
    public void An_override_wins_over_the_base_table_even_when_shorter()
    {
        var table = TargetDirections.Default.Override("巡察次数", TargetDirection.LowerIsBetter).Override("率", TargetDirection.LowerIsBetter);
        Assert.Equal((TargetDirection.LowerIsBetter, "巡察次数"), Read(TargetParser.Parse("200次", "大楼安检巡察次数", table)));
        Assert.Equal((TargetDirection.LowerIsBetter, "率"), Read(TargetParser.Parse("95%", "群众满意率", table)));
        Assert.Equal((TargetDirection.HigherIsBetter, "满意率"), Read(TargetParser.Parse("95%", "群众满意率")));
        Assert.Empty(TargetDirections.Default.Overrides);
    }

    [Fact]
    public void An_override_of_the_same_keyword_replaces_the_earlier_one()
    {
        var table = TargetDirections.Default.Override("巡察", TargetDirection.LowerIsBetter).Override("巡察", TargetDirection.Equal);
        Assert.Equal(TargetDirection.Equal, TargetParser.Parse("5次", "巡察", table).Direction);
        Assert.Single(table.Overrides);
    }

    [Fact]
    public void A_custom_table_and_fallback_are_used()
    {
        var table = new TargetDirections([new DirectionKeyword("里程", TargetDirection.HigherIsBetter)], TargetDirection.Equal);
        Assert.Equal(DirectionSource.Keyword, TargetParser.Parse("120公里", "养护里程", table).DirectionSource);
        Assert.Equal((TargetDirection.Equal, DirectionSource.Fallback), (TargetParser.Parse("5个", "其他", table).Direction, TargetParser.Parse("5个", "其他", table).DirectionSource));
    }

    [Fact]
    public void The_direction_can_be_resolved_later_from_the_indicator_name()
    {
        var target = TargetParser.Parse("5%").WithIndicatorName("资金结余率");
        Assert.Equal((TargetDirection.LowerIsBetter, "结余率"), Read(target));
        Assert.Equal(TargetParser.Parse("≤5%"), TargetParser.Parse("≤5%").WithIndicatorName("满意率"));
    }

    [Fact]
    public void The_subject_of_the_prose_is_a_name_too()
    {
        var target = TargetParser.Parse("群众投诉率5%");
        Assert.Equal((TargetDirection.LowerIsBetter, "投诉率"), Read(target));
    }

    private static (TargetDirection, string?) Read(TargetValue target) => (target.Direction, target.DirectionKeyword);
}
