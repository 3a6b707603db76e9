using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Tests.Text;

/// <summary>Text split by a line break is joined with nothing between Chinese text and figures, a space between Latin words.</summary>
public sealed class WrappedTextTests
{
    [Theory]
    [InlineData("调整预算数4171.", "75万元", "调整预算数4171.75万元")]
    [InlineData("2,296,445.", "00", "2,296,445.00")]
    [InlineData("指导各部门、各街道应对安全生产", "和自然灾害类突发事件", "指导各部门、各街道应对安全生产和自然灾害类突发事件")]
    [InlineData("防暴雨I级1次、I", "I级10次", "防暴雨I级1次、II级10次")]
    [InlineData("经Jixiao", "审核", "经Jixiao审核")]
    [InlineData("the annual", "report", "the annual report")]
    [InlineData("Safety inspection", "programme (2023)", "Safety inspection programme (2023)")]
    [InlineData("", "报告", "报告")]
    public void Joins_the_two_parts(string first, string second, string joined) => Assert.Equal(joined, WrappedText.Join(first, second));
}
