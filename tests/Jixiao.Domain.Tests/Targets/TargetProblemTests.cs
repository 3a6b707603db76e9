using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

public sealed class TargetProblemTests
{
    [Theory]
    [InlineData("\u200B\u200B", "空")]
    [InlineData("。，、", "标点")]
    [InlineData("/", "标点")]
    [InlineData("——", "标点")]
    [InlineData("abc", "无法识别")]
    [InlineData("≥≥", "缺少数值")]
    [InlineData("≥", "缺少数值")]
    [InlineData("≥≥5%", "重复")]
    [InlineData("%100", "单位")]
    [InlineData("1.2.3", "无法识别")]
    [InlineData("99999999999999999999999999999999亿", "过大")]
    public void Nonsense_is_rejected_with_a_chinese_reason(string raw, string reason)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(TargetKind.Invalid, target.Kind);
        Assert.True(target.IsRejected);
        Assert.Contains(reason, target.Problem, StringComparison.Ordinal);
        Assert.Equal(raw.Trim(), target.Raw);
        Assert.Null(target.Number);
    }

    [Theory]
    [InlineData("292%", "≥92%")]
    [InlineData("2280次", "≥280次")]
    [InlineData("2955件", "≥955件")]
    public void Likely_ocr_errors_are_flagged_not_corrected(string raw, string hint)
    {
        var target = TargetParser.Parse(raw);
        Assert.Equal(TargetKind.Quantitative, target.Kind);
        Assert.Equal(TargetOperator.Implicit, target.Operator);
        Assert.Contains(hint, target.Warning, StringComparison.Ordinal);
        Assert.Contains("核对", target.Warning, StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(raw.TrimEnd('%', '次', '件'), System.Globalization.CultureInfo.InvariantCulture), target.Number);
    }

    [Fact]
    public void A_rate_above_100_without_operator_is_flagged()
    {
        var target = TargetParser.Parse("150%");
        Assert.Contains("超过100%", target.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("200次")]
    [InlineData("2000家")]
    [InlineData("2500人")]
    [InlineData("≥292%")]
    [InlineData(">150%")]
    [InlineData("100%")]
    [InlineData("2280万元")]
    [InlineData("2280元")]
    public void Plausible_values_are_not_flagged(string raw) => Assert.Null(TargetParser.Parse(raw).Warning);
}
