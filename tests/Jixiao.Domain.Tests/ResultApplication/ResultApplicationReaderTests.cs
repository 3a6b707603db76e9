using Jixiao.Domain.ResultApplication;

namespace Jixiao.Domain.Tests.ResultApplication;

/// <summary>The 结果应用 rule as data: the shipped default and the checks on a rule file.</summary>
public sealed class ResultApplicationReaderTests
{
    [Fact]
    public void The_default_rule_links_each_grade_to_a_suggestion_and_is_marked_as_not_confirmed()
    {
        var rule = ResultApplicationReader.Default;

        Assert.False(rule.Confirmed);
        Assert.Contains("待确认", rule.Status, StringComparison.Ordinal);
        Assert.Contains(rule.Basis, b => b.Contains("财预〔2020〕10号", StringComparison.Ordinal));
        Assert.Equal(["优", "良", "中", "差"], rule.Grades.Select(g => g.Grade));
        Assert.Equal("优先保障", rule.For("优")!.Suggestion);
        Assert.Null(rule.For("良")!.Reduction);
        Assert.Equal(new ReductionRange(5m, 10m), rule.For("中")!.Reduction);
        Assert.Equal(new ReductionRange(50m, 100m), rule.For(" 差 ")!.Reduction);
        Assert.Null(rule.For("甲"));
        Assert.Null(rule.For(null));
    }

    [Theory]
    [InlineData("{", "不是有效的 JSON")]
    [InlineData("""{"basis":["x"],"grades":[{"grade":"优","action":"a","suggestion":"s"}]}""", "缺少名称")]
    [InlineData("""{"name":"r","grades":[{"grade":"优","action":"a","suggestion":"s"}]}""", "没有注明依据")]
    [InlineData("""{"name":"r","basis":["x"]}""", "没有列出等级")]
    [InlineData("""{"name":"r","basis":["x"],"grades":[{"grade":"中","action":"a","suggestion":"s","reduction":{"min":10,"max":5}}]}""", "压减比例")]
    [InlineData("""{"name":"r","basis":["x"],"grades":[{"grade":"优","action":"a","suggestion":"s"},{"grade":"优","action":"b","suggestion":"t"}]}""", "不止一次")]
    public void A_bad_rule_file_is_one_chinese_sentence(string json, string expected)
    {
        var (rule, error) = ResultApplicationReader.Parse(json);

        Assert.Null(rule);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
