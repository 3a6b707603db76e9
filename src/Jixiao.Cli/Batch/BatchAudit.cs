using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Inputs;
using Jixiao.Cli.Rendering;
using Jixiao.Documents.Loading;

namespace Jixiao.Cli.Batch;

/// <summary>
/// `audit` over a folder or glob as NDJSON or CSV, in bounded memory whatever the count: the inputs are enumerated
/// lazily (never listed), <c>jobs</c> workers each read, audit and render one file at a time and write its record as soon
/// as it is done (so the output is in the order the files finish), one at a time under a lock. A file that cannot be read
/// becomes a record with its Chinese reason.
/// </summary>
internal sealed class BatchAudit(CliContext context, AuditEngine engine, string format, string failOn, string? scheme, int jobs)
{
    /// <summary>
    /// Records reach the output at least this often (and at the end): a reader of a growing file or pipe sees them
    /// within a fifth of a second, without a write to the system per record. A record cut off by a stop mid-write is
    /// dropped by `--resume`.
    /// </summary>
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    private readonly ReportLoader _loader = new();

    /// <param name="output">Where the records go (stdout or the `-o` file, positioned after what <paramref name="resume"/> kept).</param>
    /// <param name="outputPath">The `-o` file, left out of the inputs when it lies among them.</param>
    public int Run(IReadOnlyList<string> inputs, TextWriter output, string? outputPath, ResumeState resume)
    {
        var anyUnreadable = resume.AnyUnreadable;
        foreach (var pattern in InputExpander.Unmatched(inputs))
        {
            context.Error.WriteLine($"{pattern}：没有匹配的文件");
            anyUnreadable = true;
        }

        var excluded = outputPath is null ? null : Path.GetFullPath(outputPath);
        IEnumerable<string> Pending() => InputExpander.Enumerate(inputs)
            .Where(file => !resume.Done.Contains(Path.GetFileName(file)) && (excluded is null || Path.GetFullPath(file) != excluded));
        var total = Pending().Count();
        if (total == 0 && resume.Done.Count == 0 && !anyUnreadable)
        {
            context.Error.WriteLine("没有找到输入文件");
            return ExitCodes.UnreadableOrUsage;
        }

        if (format == "csv" && !resume.HasCsvHeader)
        {
            output.WriteLine(AuditRenderer.CsvHeader);
        }

        var (read, unreadable, reached) = (0, 0, resume.Reached);
        var totals = new int[3];
        var gate = new object();
        var sinceFlush = Stopwatch.StartNew();
        BatchProgress.Run(context, total, progress =>
        {
            try
            {
                // The calling thread is one of the workers; each writes its record as soon as it is done, under one lock,
                // so nothing is queued (bounded memory) and no thread waits on another between two files.
                Parallel.ForEach(Pending(), new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
                {
                    var record = Audit(file);
                    lock (gate)
                    {
                        output.Write(record.Output);
                        if (sinceFlush.Elapsed >= FlushInterval)
                        {
                            output.Flush();
                            sinceFlush.Restart();
                        }

                        foreach (var line in record.Problems)
                        {
                            progress.Problem(line);
                        }

                        (read, unreadable) = record.Unreadable ? (read, unreadable + 1) : (read + 1, unreadable);
                        reached |= record.ReachesFailOn;
                        totals[0] += record.Errors;
                        totals[1] += record.Warnings;
                        totals[2] += record.Infos;
                        progress.Finished(record.File);
                    }
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            finally
            {
                output.Flush();
            }
        });

        var skipped = resume.Done.Count == 0 ? string.Empty : $"；续写，跳过已有结果的 {resume.Done.Count} 个文件";
        context.Error.WriteLine(LoadedInputs.SummaryLine(total, read, $"发现合计：错误 {totals[0]}，警告 {totals[1]}，提示 {totals[2]}{skipped}"));
        return anyUnreadable || unreadable > 0 ? ExitCodes.UnreadableOrUsage
            : reached ? ExitCodes.FindingsReachedThreshold
            : ExitCodes.Success;
    }

    /// <summary>Reads, audits and renders one file on a worker; never throws for a bad input.</summary>
    private BatchRecord Audit(string path)
    {
        AuditDocument document;
        AuditResult result;
        IReadOnlyList<string> problems;
        try
        {
            var (report, failure) = _loader.Load(path);
            (document, result, problems) = report is null
                ? Unreadable(failure!)
                : Readable(report);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            (document, result, problems) = Unreadable(LoadedInputs.InternalError(path, e));
        }

        using var text = new StringWriter();
        if (format == "csv")
        {
            AuditRenderer.CsvRows(text, document);
        }
        else
        {
            AuditRenderer.JsonLine(text, document);
        }

        return new BatchRecord(document.File, text.ToString(), problems, document.Error is not null,
            AuditCommand.Reaches(failOn, result.Errors, result.Warnings), result.Errors, result.Warnings, result.Infos);
    }

    private (AuditDocument, AuditResult, IReadOnlyList<string>) Readable(Domain.Reports.Report report)
    {
        var result = engine.Audit(report);
        return (AuditDocument.Of(report, result, scheme), result, CliContext.ReadingProblemLines(report).ToArray());
    }

    private (AuditDocument, AuditResult, IReadOnlyList<string>) Unreadable(LoadFailure failure)
    {
        var result = engine.Unreadable(failure.Code, failure.Message);
        return (AuditDocument.Unreadable(failure.FileName, failure.Message, result, scheme), result, [failure.ToString()]);
    }
}
