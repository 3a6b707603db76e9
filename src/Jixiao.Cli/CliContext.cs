using Jixiao.Domain.Reports;

namespace Jixiao.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems and progress to <see cref="Error"/>.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>One Chinese line per reading problem, naming the file.</summary>
    public void ReportReadingProblems(Report report)
    {
        foreach (var problem in report.ReadingProblems)
        {
            var line = problem.Location.Line is { } l ? $"第 {l} 行：" : string.Empty;
            Error.WriteLine($"{report.File}：{line}{problem.Message}（{problem.Code}）");
        }
    }
}
