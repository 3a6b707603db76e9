using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// Reads every input and runs the command's work on it, on up to <paramref name="jobs"/> files at once, yielding
/// results in input order. A file that cannot be read is one Chinese line on stderr naming it; the others go on,
/// and <see cref="AnyUnreadable"/> turns the exit code to 2.
/// </summary>
public sealed class LoadedInputs(CliContext context, int jobs = 1)
{
    private const int MaxJobs = 64;
    private readonly ReportLoader _loader = new();

    public bool AnyUnreadable { get; private set; }

    /// <summary>How many files the inputs expanded to.</summary>
    public int FileCount { get; private set; }

    public IEnumerable<(Report Report, T Result)> Process<T>(IEnumerable<string> inputs, Func<Report, T> work)
    {
        var files = InputExpander.Expand(inputs);
        FileCount = files.Count;
        if (files.Count == 0)
        {
            context.Error.WriteLine("没有找到输入文件");
            AnyUnreadable = true;
        }

        var results = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(jobs, 1, MaxJobs))
            .Select(file =>
            {
                var (report, failure) = _loader.Load(file);
                return (Report: report, Failure: failure, Result: report is null ? default : work(report));
            });

        foreach (var (report, failure, result) in results)
        {
            if (failure is not null)
            {
                context.Error.WriteLine(failure.ToString());
                AnyUnreadable = true;
                continue;
            }

            context.ReportReadingProblems(report!);
            yield return (report!, result!);
        }
    }

    public IEnumerable<Report> Load(IEnumerable<string> inputs) => Process(inputs, report => report).Select(r => r.Report);
}
