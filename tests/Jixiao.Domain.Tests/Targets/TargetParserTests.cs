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
    [InlineData("＝100%", TargetOperator.EqualTo, 100, "%")]
    [InlineData("≧95%", TargetOperator.AtLeast, 95, "%")]
    [InlineData("≦5%", TargetOperator.AtMost, 5, "%")]
    [InlineData(">=50个", TargetOperator.AtLeast, 50, "个")]
    [InlineData("＞=50个", TargetOperator.AtLeast, 50, "个")]
    [InlineData("<=3天", TargetOperator.AtMost, 3, "天")]
    [InlineData("<1%", TargetOperator.LessThan, 1, "%")]
    [InlineData("２，０００家", TargetOperator.Implicit, 2000, "家")]
    [InlineData("1.5亿元", TargetOperator.Implicit, 150_000_000, "元")]
    [InlineData("≥3千册", TargetOperator.AtLeast, 3000, "册")]
    [InlineData("≥10万人次", TargetOperator.AtLeast, 100_000, "人次")]
    [InlineData("≥12.5公里", TargetOperator.AtLeast, 12.5, "公里")]
    [InlineData("≥300平方米", TargetOperator.AtLeast, 300, "平方米")]
    [InlineData("≥8架次", TargetOperator.AtLeast, 8, "架次")]
    public void Quantitative_targets_keep_operator_number_and_unit(string raw, TargetOperator op, double number, string? unit)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(TargetKind.Quantitative, target.Kind);
        Assert.Equal(op, target.Operator);
        Assert.Equal((decimal)number, target.Number);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(raw, target.Raw);
        Assert.Null(target.Problem);
    }

    [Theory]
    [InlineData("不低于95%", TargetOperator.AtLeast)]
    [InlineData("不少于50个", TargetOperator.AtLeast)]
    [InlineData("50个以上", TargetOperator.AtLeast)]
    [InlineData("达95%以上", TargetOperator.AtLeast)]
    [InlineData("达到95%以上", TargetOperator.AtLeast)]
    [InlineData("不高于5%", TargetOperator.AtMost)]
    [InlineData("不超过30万元", TargetOperator.AtMost)]
    [InlineData("控制在5%以内", TargetOperator.AtMost)]
    [InlineData("3天以下", TargetOperator.AtMost)]
    [InlineData("高于90%", TargetOperator.MoreThan)]
    [InlineData("超过90%", TargetOperator.MoreThan)]
    [InlineData("低于2%", TargetOperator.LessThan)]
    [InlineData("达到100%", TargetOperator.EqualTo)]
    [InlineData("等于100%", TargetOperator.EqualTo)]
    [InlineData("≥95%以上", TargetOperator.AtLeast)]
    public void Operator_words_are_read_like_symbols(string raw, TargetOperator op)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal((TargetKind.Quantitative, op, DirectionSource.Operator), (target.Kind, target.Operator, target.DirectionSource));
    }

    [Fact]
    public void Contradicting_operators_are_rejected() =>
        Assert.Equal(TargetKind.Invalid, TargetParser.Parse("不低于5%以内").Kind);

    [Theory]
    [InlineData("不发生较大以上的森林火灾", TargetKind.ZeroEvent)]
    [InlineData("零发生", TargetKind.ZeroEvent)]
    [InlineData("无重大安全事故", TargetKind.ZeroEvent)]
    [InlineData("全年不发生重大责任事故", TargetKind.ZeroEvent)]
    [InlineData("零", TargetKind.ZeroEvent)]
    [InlineData("提高", TargetKind.Trend)]
    [InlineData("有效提升", TargetKind.Trend)]
    [InlineData("明显改善", TargetKind.Trend)]
    [InlineData("逐步完善", TargetKind.Trend)]
    [InlineData("符合相关规定", TargetKind.Compliance)]
    [InlineData("严格执行财务制度", TargetKind.Compliance)]
    [InlineData("应保尽保", TargetKind.Compliance)]
    [InlineData("不超预算", TargetKind.Compliance)]
    [InlineData("效果明显", TargetKind.Effect)]
    [InlineData("良好", TargetKind.Effect)]
    [InlineData("有效", TargetKind.Effect)]
    [InlineData("美化环境", TargetKind.Vague)]
    [InlineData("群众生活", TargetKind.Qualitative)]
    [InlineData("2023年12月31日前", TargetKind.Deadline)]
    [InlineData("年底前", TargetKind.Deadline)]
    [InlineData("6月底前完成", TargetKind.Deadline)]
    [InlineData("2020年全年", TargetKind.Period)]
    [InlineData("按月安排", TargetKind.Period)]
    [InlineData("每季度", TargetKind.Period)]
    [InlineData("在项目计划完成时间内完成", TargetKind.RelativeDeadline)]
    [InlineData("按时完成", TargetKind.RelativeDeadline)]
    [InlineData("", TargetKind.Blank)]
    [InlineData("   ", TargetKind.Blank)]
    [InlineData(null, TargetKind.Blank)]
    public void Targets_are_classified(string? raw, TargetKind kind) => Assert.Equal(kind, TargetParser.Parse(raw).Kind);

    [Theory]
    [InlineData("0次", true)]
    [InlineData("0起", true)]
    [InlineData("不发生较大以上的森林火灾", true)]
    [InlineData("零", true)]
    [InlineData("≥0次", false)]
    [InlineData("100%", false)]
    public void Zero_targets_are_recognised(string raw, bool zero) => Assert.Equal(zero, TargetParser.Parse(raw).IsZeroTarget);

    [Theory]
    [InlineData("年底前", null, null, null, true, "年底前")]
    [InlineData("2023年底前", 2023, null, null, true, "2023年底前")]
    [InlineData("6月底前完成", null, 6, null, true, "6月底前")]
    [InlineData("2023年12月31日以前", 2023, 12, 31, false, "2023年12月31日前")]
    [InlineData("12月31日之前", null, 12, 31, false, "12月31日前")]
    [InlineData("2023年6月前", 2023, 6, null, false, "2023年6月前")]
    public void Deadlines_keep_their_parts_and_format_canonically(string raw, int? year, int? month, int? day, bool end, string canonical)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(new TargetDeadline(year, month, day, end), target.Deadline);
        Assert.Equal(canonical, target.Format());
    }

    [Fact]
    public void A_deadline_resolves_to_its_last_day()
    {
        Assert.Equal(new DateOnly(2023, 12, 31), TargetParser.Parse("年底前").Deadline!.LastDay(2023));
        Assert.Equal(new DateOnly(2024, 2, 29), TargetParser.Parse("2月底前").Deadline!.LastDay(2024));
        Assert.Equal(new DateOnly(2023, 12, 31), TargetParser.Parse("2023年12月31日前").Deadline!.LastDay(2000));
    }

    [Theory]
    [InlineData("2023年2月30日前")]
    [InlineData("13月底前")]
    public void Impossible_dates_are_rejected(string raw)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(TargetKind.Invalid, target.Kind);
        Assert.NotNull(target.Problem);
    }

    [Theory]
    [InlineData("按月安排", null, PeriodUnit.Month, true, "每月")]
    [InlineData("每季度", null, PeriodUnit.Quarter, true, "每季度")]
    [InlineData("2020年全年", 2020, PeriodUnit.Year, false, "2020年全年")]
    [InlineData("全年", null, PeriodUnit.Year, false, "全年")]
    public void Periods_keep_unit_and_recurrence(string raw, int? year, PeriodUnit unit, bool recurring, string canonical)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(new TargetPeriod(year, unit, recurring), target.Period);
        Assert.Equal(canonical, target.Format());
    }

    [Theory]
    [InlineData("≥2000家", "≥2000家")]
    [InlineData("≤ 5 %", "≤5%")]
    [InlineData("= 100 %", "=100%")]
    [InlineData("≥6万", "≥6万")]
    [InlineData("≤90万元", "≤90万元")]
    [InlineData("不少于2000家", "≥2000家")]
    [InlineData("辖区企业满意率达95%以上", "≥95%")]
    [InlineData("≥100百分比", "≥100%")]
    [InlineData("2023年12月31日前", "2023年12月31日前")]
    [InlineData("好路率达95%，优等路率达85%", "好路率达95%，优等路率达85%")]
    [InlineData("符合相关规定", "符合相关规定")]
    [InlineData("", "")]
    public void Targets_format_canonically(string raw, string canonical)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(canonical, target.Format());
        Assert.Equal(canonical, target.ToString());
    }

    [Fact]
    public void A_trailing_note_in_brackets_does_not_hide_the_number()
    {
        var target = TargetParser.Parse("≥95%（含）");
        Assert.Equal((TargetKind.Quantitative, TargetOperator.AtLeast, 95m, "%"), (target.Kind, target.Operator, target.Number, target.Unit));
    }

    [Fact]
    public void The_qualitative_and_time_helpers_group_the_kinds()
    {
        Assert.True(TargetParser.Parse("提高").IsQualitative);
        Assert.True(TargetParser.Parse("符合相关规定").IsQualitative);
        Assert.False(TargetParser.Parse("≥5%").IsQualitative);
        Assert.True(TargetParser.Parse("2023年12月31日前").IsTime);
        Assert.True(TargetParser.Parse("按月安排").IsTime);
    }
}
