using System.Text.Json;

namespace Jixiao.Cli.Tests;

/// <summary>Runs the `jixiao` command tree in-process with string writers.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static CliResult RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exitCode = JixiaoApp.Run(args, new CliContext(output, error, reader));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Lines(Out);

    /// <summary>The problem lines of stderr: progress lines ("[2/3] …") and the closing summary ("共 3 个文件…") left out.</summary>
    public string[] ErrorLines => Lines(Error).Where(l => !IsProgress(l)).ToArray();

    /// <summary>The progress lines and the summary a run over several files writes to stderr.</summary>
    public string[] ProgressLines => Lines(Error).Where(IsProgress).ToArray();

    private static bool IsProgress(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^\[\d+/\d+\] ") || line.StartsWith("共 ", StringComparison.Ordinal);

    public JsonDocument Json() => JsonDocument.Parse(Out);

    /// <summary>Fails with both streams in the message when the exit code differs.</summary>
    public CliResult ExpectExit(int expected)
    {
        Assert.True(ExitCode == expected, $"exit code {ExitCode}, expected {expected}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}");
        return this;
    }

    /// <summary>stderr never shows a stack trace or an internal error.</summary>
    public CliResult ExpectNoCrash()
    {
        Assert.DoesNotContain("内部错误", Error);
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
        return this;
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
}
