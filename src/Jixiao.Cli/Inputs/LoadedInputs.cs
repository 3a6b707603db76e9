using Jixiao.Audit.Output;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// Reads every input and runs the command's work on it, on up to <paramref name="jobs"/> files at once, yielding
/// results in input order. A file that cannot be read is one Chinese line on stderr naming it; the others go on,
/// and <see cref="AnyUnreadable"/> turns the exit code to 2. With several files, each finished file gets one progress
/// line on stderr ("[3/24] 文件名：…") and <see cref="Summary"/> closes the run.
/// </summary>
public sealed class LoadedInputs(CliContext context, int jobs = 1)
{
    /// <summary>The most files processed at once, whatever --jobs says.</summary>
    internal const int MaxJobs = 64;
    private readonly ReportLoader _loader = new();

    public bool AnyUnreadable { get; private set; }

    /// <summary>How many files the inputs expanded to.</summary>
    public int FileCount { get; private set; }

    /// <summary>How many files were read.</summary>
    public int ReadCount { get; private set; }

    public IEnumerable<(Report Report, T Result)> Process<T>(IEnumerable<string> inputs, Func<Report, T> work, Func<T, string>? describe = null)
    {
        var files = InputExpander.Expand(inputs);
        FileCount = files.Count;
        foreach (var pattern in InputExpander.Unmatched(inputs))
        {
            context.Error.WriteLine($"{pattern}：没有匹配的文件");
            AnyUnreadable = true;
        }

        if (files.Count == 0 && !AnyUnreadable)
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
                try
                {
                    var (report, failure) = _loader.Load(file);
                    return (Report: report, Failure: failure, Result: report is null ? default : work(report));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return (Report: (Report?)null, Failure: InternalError(file, e), Result: default(T));
                }
            });

        var index = 0;
        foreach (var (report, failure, result) in results)
        {
            index++;
            if (failure is not null)
            {
                context.Error.WriteLine(failure.ToString());
                AnyUnreadable = true;
                continue;
            }

            ReadCount++;
            context.ReportReadingProblems(report!);
            if (FileCount > 1)
            {
                var detail = describe is null ? string.Empty : "，" + describe(result!);
                context.Error.WriteLine($"[{index}/{FileCount}] {report!.File}：{GenreNames.Chinese(report.Genre)}{detail}");
            }

            yield return (report!, result!);
        }
    }

    /// <summary>One input must never stop the others: an unexpected error while processing a file becomes that file's failure.</summary>
    internal static LoadFailure InternalError(string file, Exception e) =>
        new(Path.GetFileName(file), ReadingCodes.Unreadable, $"处理时出现内部错误（{e.GetType().Name}），已跳过该文件；请把文件报告给开发者");

    /// <summary>The closing line of a run over several files.</summary>
    public void Summary(string? detail = null)
    {
        if (FileCount > 1)
        {
            context.Error.WriteLine(SummaryLine(FileCount, ReadCount, detail));
        }
    }

    /// <summary>"共 N 个文件：读取 R 个，无法读取 U 个；detail".</summary>
    internal static string SummaryLine(int files, int read, string? detail) =>
        $"共 {files} 个文件：读取 {read} 个，无法读取 {files - read} 个{(detail is null ? string.Empty : "；" + detail)}";

    public IEnumerable<Report> Load(IEnumerable<string> inputs) => Process(inputs, report => report).Select(r => r.Report);
}
