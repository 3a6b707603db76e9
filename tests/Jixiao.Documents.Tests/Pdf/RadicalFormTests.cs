using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>PDFs set in Noto CJK extract radical code points (⻔ U+2ED4, ⼀ U+2F00); normalisation turns them into the characters.</summary>
public sealed class RadicalFormTests
{
    [Theory]
    [InlineData("部⻔整体⽀出绩效⾃评报告", "部门整体支出绩效自评报告")]
    [InlineData("⻓期⻅效，⻆⾊，⻋辆，⻘年，⻝堂，⻢路，⻣⼲，⻤，⻥，⻦，⻨，⻩⾦，⻬全，⻮轮，⻰⾈，⻳", "长期见效，角色，车辆，青年，食堂，马路，骨干，鬼，鱼，鸟，麦，黄金，齐全，齿轮，龙舟，龟")]
    [InlineData("⻉壳，⻊球，⻖", "贝壳，足球，阝")]
    public void Radical_forms_become_the_characters(string extracted, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(extracted));

    [Fact]
    public void Every_mapped_radical_becomes_a_unified_ideograph()
    {
        for (var c = '\u2E80'; c <= '\u2EFF'; c++)
        {
            var mapped = TextNormalizer.Normalize(c.ToString());
            if (mapped != c.ToString())
            {
                Assert.True(mapped.Length == 1 && mapped[0] is >= '\u3400' and <= '\u9FFF', $"U+{(int)c:X4} → {mapped}");
            }
        }

        Assert.Equal("门", TextNormalizer.Normalize("\u2ED4"));
    }
}
