using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Inputs;

/// <summary>
/// The one report file a command reads (extract, score, render, targets suggest): loaded, with its reading problems on
/// stderr; when it cannot be read, one line on stderr and null (the command exits with code 2).
/// </summary>
internal static class SingleInput
{
    public static Report? Load(CliContext context, string path)
    {
        var (report, failure) = new ReportLoader().Load(path);
        if (failure is not null)
        {
            context.Error.WriteLine(failure.ToString());
            return null;
        }

        context.ReportReadingProblems(report!);
        return report;
    }
}
