using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// Loads every input in turn, even when some fail: each failure is one Chinese line on stderr naming the file,
/// and <see cref="AnyUnreadable"/> turns the exit code to 2.
/// </summary>
public sealed class LoadedInputs(CliContext context)
{
    private readonly ReportLoader _loader = new();

    public bool AnyUnreadable { get; private set; }

    public IEnumerable<Report> Load(IEnumerable<string> inputs)
    {
        var files = InputExpander.Expand(inputs);
        if (files.Count == 0)
        {
            context.Error.WriteLine("没有找到输入文件");
            AnyUnreadable = true;
        }

        foreach (var file in files)
        {
            var (report, failure) = _loader.Load(file);
            if (failure is not null)
            {
                context.Error.WriteLine(failure.ToString());
                AnyUnreadable = true;
                continue;
            }

            context.ReportReadingProblems(report!);
            yield return report!;
        }
    }
}
