using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao score` and `audit --scheme`.</summary>
public sealed class ScoreCommandTests
{
    [Fact]
    public void Sample_sheet_says_the_stated_score_is_not_reproducible()
    {
        var result = Cli.Run("score", SharedFiles.SamplePath).ExpectExit(0).ExpectNoCrash();
        Assert.Contains("guangdong-department", result.Out, StringComparison.Ordinal);
        Assert.Contains("无法复现 18.43", result.Out, StringComparison.Ordinal);
        Assert.Contains("19.8", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Qingshen_sheet_explains_missing_actuals()
    {
        var result = Cli.Run("score", SharedFiles.Require(Path.Combine("corpus", "22_qingshen-fgj-2023-xiangmu-table.txt"))).ExpectExit(0).ExpectNoCrash();
        Assert.Contains("mof-2020-project", result.Out, StringComparison.Ordinal);
        Assert.Contains("未填写完成值", result.Out, StringComparison.Ordinal);
        using var json = Cli.Run("score", SharedFiles.Require(Path.Combine("corpus", "22_qingshen-fgj-2023-xiangmu-table.txt")), "--format", "json").ExpectExit(0).Json();
        Assert.Equal("mof-2020-project", json.RootElement.GetProperty("scheme").GetString());
    }

    [Fact]
    public void Execution_rate_printed_100_but_80_45_gives_both_findings()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(SharedFiles.Require(Path.Combine("corpus", "22_qingshen-fgj-2023-xiangmu-table.txt"))).Skip(2).ToList();
        var total = lines.IndexOf("总额 |");
        lines[total + 3] = "202.65 |";
        lines[total + 6] = "10 |";
        var file = folder.File("exec.txt", string.Join('\n', lines));

        using var json = Cli.Run("audit", file, "--format", "json", "--scheme", "mof-2020-project").ExpectExit(0).Json();
        var ids = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToArray();
        Assert.Contains("JX1006", ids);
        Assert.Contains("JX3012", ids);
    }

    [Fact]
    public void Bad_scheme_file_gives_one_chinese_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var scheme = folder.File("bad.json", "{\"name\":\"x\"");
        var result = Cli.Run("score", SharedFiles.SamplePath, "--scheme", scheme).ExpectExit(2).ExpectNoCrash();
        Assert.Single(result.ErrorLines);
        Assert.Contains("评分方案", result.Error, StringComparison.Ordinal);
    }
}
