using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>The 32 real target values of DOMAIN §6.1, one test each, read as the table says.</summary>
public sealed class DomainExampleTests
{
    [Theory]
    [InlineData(1, "≥2000家", null, TargetOperator.AtLeast, 2000, "家", TargetDirection.HigherIsBetter)]
    [InlineData(2, "≥6万", null, TargetOperator.AtLeast, 60000, null, TargetDirection.HigherIsBetter)]
    [InlineData(3, "100%", "安全隐患消除率", TargetOperator.Implicit, 100, "%", TargetDirection.HigherIsBetter)]
    [InlineData(5, "0次", "安全事故发生次数", TargetOperator.Implicit, 0, "次", TargetDirection.LowerIsBetter)]
    [InlineData(7, "95%", "生态环境有效保护率", TargetOperator.Implicit, 95, "%", TargetDirection.HigherIsBetter)]
    [InlineData(8, "≥50个", null, TargetOperator.AtLeast, 50, "个", TargetDirection.HigherIsBetter)]
    [InlineData(9, "≥100百分比", null, TargetOperator.AtLeast, 100, "%", TargetDirection.HigherIsBetter)]
    [InlineData(12, "≤90万元", null, TargetOperator.AtMost, 900000, "元", TargetDirection.LowerIsBetter)]
    [InlineData(15, "=100%", "足额保障率", TargetOperator.EqualTo, 100, "%", TargetDirection.Equal)]
    [InlineData(16, "≤10次", "科目调整次数", TargetOperator.AtMost, 10, "次", TargetDirection.LowerIsBetter)]
    [InlineData(17, "≤5%", "结余率", TargetOperator.AtMost, 5, "%", TargetDirection.LowerIsBetter)]
    [InlineData(18, "= 100 %", null, TargetOperator.EqualTo, 100, "%", TargetDirection.Equal)]
    [InlineData(19, "≤ 30 万元", "成本控制数", TargetOperator.AtMost, 300000, "元", TargetDirection.LowerIsBetter)]
    [InlineData(20, "9个", "培训班", TargetOperator.Implicit, 9, "个", TargetDirection.HigherIsBetter)]
    [InlineData(20, "10场", "应急演练", TargetOperator.Implicit, 10, "场", TargetDirection.HigherIsBetter)]
    [InlineData(20, "6场", "宣传活动", TargetOperator.Implicit, 6, "场", TargetDirection.HigherIsBetter)]
    [InlineData(21, "28.8万元", null, TargetOperator.Implicit, 288000, "元", TargetDirection.None)]
    [InlineData(24, ">92%", "验收合格率", TargetOperator.MoreThan, 92, "%", TargetDirection.HigherIsBetter)]
    [InlineData(24, "≥92%", "验收合格率", TargetOperator.AtLeast, 92, "%", TargetDirection.HigherIsBetter)]
    [InlineData(25, "200次", "大楼安检巡察次数", TargetOperator.Implicit, 200, "次", TargetDirection.HigherIsBetter)]
    [InlineData(28, "15万元", "成本", TargetOperator.Implicit, 150000, "元", TargetDirection.LowerIsBetter)]
    [InlineData(29, "辖区企业满意率达95%以上", null, TargetOperator.AtLeast, 95, "%", TargetDirection.HigherIsBetter)]
    public void Quantitative_examples(int example, string raw, string? name, TargetOperator op, double number, string? unit, TargetDirection direction)
    {
        var target = TargetParser.Parse(raw, name);
        Assert.True(example > 0);
        Assert.Equal(TargetKind.Quantitative, target.Kind);
        Assert.Equal((op, (decimal)number, unit, direction), (target.Operator, target.Number, target.Unit, target.Direction));
        Assert.Null(target.Problem);
        Assert.Null(target.Warning);
        Assert.Equal(raw, target.Raw);
    }

    [Fact]
    public void Example_02_keeps_the_scale_next_to_the_number()
    {
        var target = TargetParser.Parse("≥6万");
        Assert.Equal((6m, TargetScale.TenThousand, 60000m), (target.Mantissa, target.Scale, target.Number));
    }

    [Fact]
    public void Example_03_takes_its_direction_from_the_name()
    {
        var target = TargetParser.Parse("100%", "安全隐患消除率");
        Assert.Equal((DirectionSource.Keyword, "消除率", TargetOperator.AtLeast), (target.DirectionSource, target.DirectionKeyword, target.EffectiveOperator));
    }

    [Fact]
    public void Example_04_is_a_zero_event()
    {
        var target = TargetParser.Parse("不发生较大以上的森林火灾", "森林火灾");
        Assert.Equal((TargetKind.ZeroEvent, TargetDirection.LowerIsBetter), (target.Kind, target.Direction));
        Assert.True(target.IsZeroTarget);
    }

    [Fact]
    public void Example_05_is_a_reverse_zero_target()
    {
        var target = TargetParser.Parse("0次", "安全事故发生次数");
        Assert.True(target.IsZeroTarget);
        Assert.Equal((DirectionSource.ZeroTarget, TargetOperator.AtMost), (target.DirectionSource, target.EffectiveOperator));
    }

    [Fact]
    public void Example_06_is_a_trend() =>
        Assert.Equal((TargetKind.Trend, TargetDirection.HigherIsBetter), Read("提高", "应急处置水平"));

    [Fact]
    public void Example_10_is_compliance() => Assert.Equal(TargetKind.Compliance, TargetParser.Parse("严格执行相关制度规定").Kind);

    [Fact]
    public void Example_11_is_a_relative_deadline() => Assert.Equal(TargetKind.RelativeDeadline, TargetParser.Parse("在项目计划完成时间内完成").Kind);

    [Fact]
    public void Example_13_is_compliance() => Assert.Equal(TargetKind.Compliance, TargetParser.Parse("符合相关规定").Kind);

    [Fact]
    public void Example_14_is_an_effect() => Assert.Equal(TargetKind.Effect, TargetParser.Parse("效果明显").Kind);

    [Fact]
    public void Example_21_reads_the_amount_whatever_the_unit_column_says()
    {
        var target = TargetParser.Parse("28.8万元", "业务工作支出安排金额");
        Assert.Equal((28.8m, TargetScale.TenThousand, "元", DirectionSource.Fallback), (target.Mantissa, target.Scale, target.Unit, target.DirectionSource));
    }

    [Fact]
    public void Example_22_is_a_monthly_period()
    {
        var target = TargetParser.Parse("按月安排");
        Assert.Equal((TargetKind.Period, new TargetPeriod(null, PeriodUnit.Month, true)), (target.Kind, target.Period));
    }

    [Fact]
    public void Example_23_is_compliance() => Assert.Equal(TargetKind.Compliance, TargetParser.Parse("应保尽保").Kind);

    [Fact]
    public void Example_24_distinguishes_more_than_from_at_least() =>
        Assert.NotEqual(TargetParser.Parse(">92%").Operator, TargetParser.Parse("≥92%").Operator);

    [Fact]
    public void Example_25_falls_back_to_higher_is_better()
    {
        var target = TargetParser.Parse("200次", "大楼安检巡察次数");
        Assert.Equal((TargetDirection.HigherIsBetter, DirectionSource.Fallback), (target.Direction, target.DirectionSource));
    }

    [Fact]
    public void Example_26_is_compliance_with_budget() =>
        Assert.Equal((TargetKind.Compliance, TargetDirection.LowerIsBetter), Read("不超预算", "成本控制率"));

    [Fact]
    public void Example_27_is_a_whole_year()
    {
        var target = TargetParser.Parse("2020年全年");
        Assert.Equal((TargetKind.Period, new TargetPeriod(2020, PeriodUnit.Year, false)), (target.Kind, target.Period));
    }

    [Fact]
    public void Example_28_is_a_cost_and_lower_is_better()
    {
        var target = TargetParser.Parse("15万元", "成本");
        Assert.Equal((DirectionSource.Keyword, "成本", TargetOperator.AtMost), (target.DirectionSource, target.DirectionKeyword, target.EffectiveOperator));
    }

    [Fact]
    public void Example_29_reads_the_prose()
    {
        var target = TargetParser.Parse("辖区企业满意率达95%以上");
        Assert.Equal(("辖区企业满意率", "≥95%"), (target.Subject, target.Format()));
    }

    [Fact]
    public void Example_30_splits_two_targets()
    {
        var target = TargetParser.Parse("好路率达95%，优等路率达85%");
        Assert.Equal(TargetKind.Compound, target.Kind);
        Assert.Equal(
            [("好路率", 95m, "%", TargetDirection.HigherIsBetter), ("优等路率", 85m, "%", TargetDirection.HigherIsBetter)],
            target.Parts!.Select(p => (p.Subject, p.Number!.Value, p.Unit, p.Direction)));
    }

    [Fact]
    public void Example_31_is_vague_and_flagged()
    {
        var target = TargetParser.Parse("美化环境");
        Assert.Equal(TargetKind.Vague, target.Kind);
        Assert.Contains("无法衡量", target.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_32_is_an_absolute_deadline()
    {
        var target = TargetParser.Parse("2023年12月31日前");
        Assert.Equal((TargetKind.Deadline, new TargetDeadline(2023, 12, 31, false)), (target.Kind, target.Deadline));
        Assert.Equal(new DateOnly(2023, 12, 31), target.Deadline!.LastDay(2023));
    }

    private static (TargetKind, TargetDirection) Read(string raw, string name)
    {
        var target = TargetParser.Parse(raw, name);
        return (target.Kind, target.Direction);
    }
}
