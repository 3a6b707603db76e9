using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

public sealed class WidthFoldingTests
{
    [Theory]
    [InlineData("＞＝９０％", ">=90%")]
    [InlineData("⼀年", "一年")]
    [InlineData("不低于95%", "不低于95%")]
    [InlineData("𠀋完成", "𠀋完成")]
    public void Folds_compatibility_forms_and_keeps_valid_pairs(string text, string folded) =>
        Assert.Equal(folded, WidthFolding.Fold(text));

    /// <summary>Cases in code: test-case data with lone surrogates does not survive xUnit's serialisation.</summary>
    [Fact]
    public void Replaces_lone_surrogates_instead_of_throwing()
    {
        Assert.Equal("≥\ufffd90%", WidthFolding.Fold("≥\ud80090%"));
        Assert.Equal("90%\ufffd", WidthFolding.Fold("90%\udc00"));
        Assert.Equal("\ufffd\ufffd", WidthFolding.Fold("\udc00\ud800"));
    }

    /// <summary>Regression: the CI fuzz (seed 20231231, target grammar, input 1549) made Normalize throw on a lone surrogate.</summary>
    [Fact]
    public void The_target_grammar_and_actual_values_take_lone_surrogates()
    {
        Assert.Equal(TargetKind.Invalid, TargetParser.Parse("≥\ud800").Kind);
        Assert.NotNull(TargetParser.Parse("≥90\ud800%"));
        Assert.NotNull(ActualReading.Read("完成\udc00"));
    }
}
