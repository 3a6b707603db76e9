using Jixiao.Domain.Reports;

namespace Jixiao.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems and progress to <see cref="Error"/>; <see cref="In"/> is standard input (e.g. `--password-stdin`).</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TextReader? input = null)
{
    public TextReader In { get; } = input ?? TextReader.Null;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>One Chinese line per reading problem, naming the file.</summary>
    public void ReportReadingProblems(Report report)
    {
        foreach (var line in ReadingProblemLines(report))
        {
            Error.WriteLine(line);
        }
    }

    /// <summary>The lines <see cref="ReportReadingProblems"/> writes, for callers that route stderr themselves (batch progress).</summary>
    public static IEnumerable<string> ReadingProblemLines(Report report) =>
        report.ReadingProblems.Select(problem =>
        {
            var position = problem.Location.Line is null && problem.Location.Page is null
                ? string.Empty
                : Audit.Engine.AuditLabels.Position(problem.Location, report.Source?.Format) + "：";
            return $"{report.File}：{position}{problem.Message}（{problem.Code}）";
        });
}
