using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao targets suggest`: ranked entries with why, then the missing categories.</summary>
public sealed class TargetsSuggestCommandTests
{
    [Fact]
    public void Sample_suggestions_show_form_basis_reason_and_the_missing_cost_indicator()
    {
        var result = Cli.Run("targets", "suggest", SharedFiles.SamplePath, "--top", "5").ExpectExit(0).ExpectNoCrash();
        Assert.StartsWith("广州市天河区应急管理局：按部门职能、年度工作、重点工作任务", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(5, result.OutLines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ ?\d\. ")));
        Assert.Contains(result.OutLines, l => l.Contains("执法监察数量（产出指标/数量指标）", StringComparison.Ordinal) && l.Contains("［报告中已有］", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Trim() == "常用指标值：≥2000家（定量，正向，单位：家）");
        Assert.Contains(result.OutLines, l => l.Trim().StartsWith("匹配：关键词：", StringComparison.Ordinal));
        Assert.Contains("缺少的指标类别（报告共 15 个指标）：", result.OutLines);
        Assert.Contains(result.OutLines, l => l.StartsWith("  - 成本指标：15 个指标中没有成本指标", StringComparison.Ordinal) && l.Contains("可选：", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_ranked_suggestions_and_missing_categories()
    {
        using var json = Cli.Run("targets", "suggest", SharedFiles.SamplePath, "--format", "json").ExpectExit(0).Json();
        var root = json.RootElement;
        Assert.Equal("tianhe-emergency-2023.txt", root.GetProperty("file").GetString());
        var suggestions = root.GetProperty("result").GetProperty("suggestions");
        Assert.Equal(20, suggestions.GetArrayLength());
        var scores = suggestions.EnumerateArray().Select(s => s.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Equal("output", suggestions[0].GetProperty("entry").GetProperty("category").GetString());
        Assert.False(string.IsNullOrEmpty(suggestions[0].GetProperty("reason").GetString()));
        var missing = root.GetProperty("result").GetProperty("missing");
        Assert.Equal("成本指标", Assert.Single(missing.EnumerateArray()).GetProperty("label").GetString());
    }

    [Fact]
    public void Top_must_be_positive()
    {
        var result = Cli.Run("targets", "suggest", SharedFiles.SamplePath, "--top", "0").ExpectExit(2).ExpectNoCrash();
        Assert.Contains(result.ErrorLines, l => l.Contains("--top 应为正整数", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_input_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt", "   ");
        var result = Cli.Run("targets", "suggest", empty).ExpectExit(2).ExpectNoCrash();
        Assert.Single(result.ErrorLines);
    }
}
