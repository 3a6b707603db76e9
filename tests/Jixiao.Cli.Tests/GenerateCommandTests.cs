using Jixiao.Synthetic;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao generate`: the reports, manifest.json and manifest.csv in the folder; bad command lines exit with 2 and one Chinese line.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_the_reports_and_a_manifest_that_lists_every_injection()
    {
        var result = Cli.Run("generate", "--count", "4", "--seed", "3", "--out", _folder.Path, "--error-rate", "1").ExpectExit(ExitCodes.Success);

        Assert.Contains("已生成 4 份报告", result.Out, StringComparison.Ordinal);
        var manifest = Manifest.FromJson(File.ReadAllText(_folder.PathOf("manifest.json")))!;
        Assert.Equal(4, manifest.Reports.Count);
        Assert.All(manifest.Reports, r => Assert.True(File.Exists(_folder.PathOf(r.Files.Single())), r.Files.Single()));
        Assert.All(manifest.Reports, r => Assert.NotEmpty(r.Injections));
        var csv = CsvReader.Parse(File.ReadAllText(_folder.PathOf("manifest.csv")));
        Assert.Equal(Manifest.CsvHeader, csv[0]);
        Assert.Equal(manifest.Reports.Sum(r => r.Injections.Count), csv.Count - 1);
    }

    [Theory]
    [InlineData("--count", "0", "--count：份数应为正整数")]
    [InlineData("--error-rate", "1.5", "--error-rate：概率应在 0 到 1 之间")]
    [InlineData("--formats", "txt,xlsx", "--formats：不支持 xlsx")]
    [InlineData("--formats", "docx", "--formats：必须包含 txt")]
    [InlineData("--formats", "txt,rtf", "--formats：不支持的格式“rtf”")]
    public void A_bad_command_line_exits_with_2_and_says_why(string option, string value, string message)
    {
        var options = new Dictionary<string, string> { ["--count"] = "2", ["--seed"] = "1", ["--out"] = _folder.Path, [option] = value };
        var result = Cli.Run(["generate", .. options.SelectMany(o => new[] { o.Key, o.Value })]).ExpectExit(ExitCodes.UnreadableOrUsage);

        Assert.StartsWith(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("manifest.json")));
    }
}
