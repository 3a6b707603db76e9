using Jixiao.Testing;
using System.Globalization;

namespace Jixiao.Cli.Tests;

/// <summary>A wrong command line gives exit 2 and a message on stderr, never a stack trace.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Unknown_option_gives_exit_2_and_a_message()
    {
        var result = Cli.Run("rules", "--bogus").ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.Contains("命令行错误", StringComparison.Ordinal) && l.Contains("--bogus", StringComparison.Ordinal));
        Assert.Empty(result.Out.Trim());
    }

    [Fact]
    public void Unknown_option_after_an_input_gives_exit_2_and_a_message_naming_it()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        var result = Cli.Run("audit", report, "--bogus").ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.Contains("--bogus", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_option_after_an_input_is_reported_as_a_command_line_error()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        var result = Cli.Run("audit", report, "--bogus").ExpectExit(2);

        Assert.Contains(result.ErrorLines, l => l.Contains("命令行错误", StringComparison.Ordinal) && l.Contains("--bogus", StringComparison.Ordinal));
        Assert.DoesNotContain("文件不存在", result.Error);
        Assert.Empty(result.Out.Trim());
    }

    [Theory]
    [InlineData("audit", "--format", "xml")]
    [InlineData("audit", "--fail-on", "sometimes")]
    [InlineData("facts", "--format", "text")]
    [InlineData("extract", "--format", "csv")]
    public void Invalid_option_value_gives_exit_2_and_a_message(string command, string option, string value)
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        var result = Cli.Run(command, report, option, value).ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.StartsWith("命令行错误", StringComparison.Ordinal) && l.Contains(value, StringComparison.Ordinal));
        Assert.Empty(result.Out.Trim());
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("facts")]
    [InlineData("extract")]
    public void Missing_input_argument_gives_exit_2_and_a_message(string command)
    {
        var result = Cli.Run(command).ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.StartsWith("命令行错误", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_command_gives_exit_2_and_a_message()
    {
        var result = Cli.Run("audti", "report.txt").ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.StartsWith("命令行错误", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rules --bogus")]
    [InlineData("audti report.txt")]
    [InlineData("audit report.txt --format xml")]
    public void Command_line_errors_are_Chinese_under_the_Chinese_UI_culture(string commandLine)
    {
        var result = RunInChinese(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ExpectExit(2).ExpectNoCrash();

        var first = result.ErrorLines[0];
        Assert.StartsWith("命令行错误：", first);
        Assert.Contains(first["命令行错误：".Length..], c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.Equal("用法见 jixiao --help", result.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("rules --bogus")]
    [InlineData("")]
    [InlineData("audit report.txt --format xml")]
    public void Command_line_errors_are_one_clean_line_each(string commandLine)
    {
        var result = RunInChinese(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ExpectExit(2);

        Assert.All(result.ErrorLines, line =>
        {
            Assert.True(line.StartsWith("命令行错误：", StringComparison.Ordinal) || line == "用法见 jixiao --help", $"stray line: {line}");
            Assert.DoesNotContain("“'", line);
            Assert.DoesNotContain("'”", line);
            Assert.DoesNotContain("。.", line);
            Assert.DoesNotContain("”.", line);
        });
    }

    [Fact]
    public void Glob_matching_nothing_gives_exit_2_and_a_message()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("audit", Path.Combine(folder.Path, "*.txt")).ExpectExit(2).ExpectNoCrash();

        Assert.Single(result.ErrorLines);
        Assert.Empty(result.Out.Trim());
    }

    [Fact]
    public void Model_JSON_with_null_lists_gives_a_message_naming_the_file_not_an_internal_error()
    {
        using var folder = new TempFolder();
        var model = folder.File("model.json", """{"schemaVersion": "1", "readingProblems": null, "claims": null, "sections": null}""");

        var result = Cli.Run("audit", model).ExpectNoCrash();

        Assert.All(result.ErrorLines, l => Assert.StartsWith("model.json：", l));
    }

    private static CliResult RunInChinese(string[] args)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            return Cli.Run(args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
