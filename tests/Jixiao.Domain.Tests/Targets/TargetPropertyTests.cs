using CsCheck;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

public sealed class TargetPropertyTests
{
    private static readonly string[] Units =
    [
        "%", "家", "个", "次", "场", "人", "人次", "元", "公里", "架次", "份", "篇", "天", "小时", "台", "套", "间", "户", "宗", "件", "项",
        "所", "亩", "平方米", "米", "吨", "起", "辆", "个百分点",
    ];

    private static readonly Gen<decimal> Mantissa = Gen.OneOf(
        Gen.Int[0, 1_000_000].Select(i => (decimal)i),
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 4], (i, places) => i / (decimal)Math.Pow(10, places)));

    private static readonly Gen<(TargetOperator Op, decimal Mantissa, TargetScale Scale, string? Unit)> Quantities = Gen.Select(
        Gen.Enum<TargetOperator>(), Mantissa, Gen.Enum<TargetScale>(), Gen.OneOf(Units).Null(0.15),
        (op, mantissa, scale, unit) => (op, mantissa, scale, unit));

    [Fact]
    public void Quantitative_targets_survive_format_and_parse() =>
        Quantities.Sample((op, mantissa, scale, unit) =>
        {
            var text = TargetOperators.Symbol(op) + mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + scale.Text() + unit;
            var target = TargetParser.Parse(text);
            Assert.Equal((TargetKind.Quantitative, op, mantissa, scale, mantissa * scale.Multiplier(), unit),
                (target.Kind, target.Operator, target.Mantissa!.Value, target.Scale, target.Number!.Value, target.Unit));
            var again = TargetParser.Parse(target.Format());
            Assert.Equal(target with { Raw = again.Raw }, again);
            Assert.Equal(target.Format(), again.Format());
        });

    [Fact]
    public void Quantitative_targets_with_names_survive_format_and_parse() =>
        Gen.Select(Quantities, Gen.OneOf("群众满意度", "资金结余率", "培训班", "运维成本", "安全事故发生次数")).Sample((quantity, name) =>
        {
            var text = TargetOperators.Symbol(quantity.Op) + quantity.Mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + quantity.Scale.Text() + quantity.Unit;
            var target = TargetParser.Parse(text, name);
            var again = TargetParser.Parse(target.Format(), name);
            Assert.Equal(target with { Raw = again.Raw }, again);
            Assert.NotEqual(TargetDirection.None, target.Direction);
        });

    private static readonly Gen<TargetDeadline> Deadlines =
        Gen.Select(Gen.Int[1990, 2100].Nullable(0.4), Gen.Int[1, 12], Gen.Int[0, 3], (year, month, shape) => (year, month, shape))
            .SelectMany(t => Gen.Int[1, DateTime.DaysInMonth(t.year ?? 2000, t.month)].Select(day => t.shape switch
            {
                0 => new TargetDeadline(t.year, t.month, day, false),
                1 => new TargetDeadline(t.year, t.month, null, true),
                2 => new TargetDeadline(t.year, t.month, null, false),
                _ => new TargetDeadline(t.year, null, null, true),
            }));

    [Fact]
    public void Deadlines_survive_format_and_parse() =>
        Deadlines.Sample(deadline =>
        {
            var target = TargetParser.Parse(deadline.Format());
            Assert.Equal((TargetKind.Deadline, deadline), (target.Kind, target.Deadline));
            var again = TargetParser.Parse(target.Format());
            Assert.Equal(target with { Raw = again.Raw }, again);
        });

    private static readonly Gen<string> Tokens = Gen.OneOf(
        "≥", "≤", ">", "<", "=", "＞", "≧", "％", "%", "百分比", "0", "2", "9", ".", ",", "，", "、", "；", "万", "亿", "千", "元", "家", "次",
        "以上", "以内", "不低于", "不超过", "达", "达到", "年", "月", "日", "底", "前", "全年", "每", "按", "季度", "不发生", "零", "无", "提高",
        "符合", "效果", "美化", "(", ")", "（", "）", " ", "\u200B", "a", "率", "人次", "2023", "12", "31");

    [Fact]
    public void Parsing_never_throws_on_grammar_fragments() =>
        Tokens.Array[0, 12].Select(parts => string.Concat(parts)).Sample(text =>
        {
            var target = TargetParser.Parse(text);
            Assert.Equal(target.Kind == TargetKind.Invalid, target.Problem is not null);
            _ = target.Format();
        }, iter: 20_000);

    [Fact]
    public void Parsing_never_throws_on_arbitrary_strings() =>
        Gen.Char.Array[0, 40].Select(chars => new string(chars)).Sample(text =>
        {
            var target = TargetParser.Parse(text);
            Assert.Equal(target.Kind == TargetKind.Invalid, target.Problem is not null);
            _ = target.Format();
        }, iter: 20_000);
}
