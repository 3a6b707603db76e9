using System.CommandLine;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Commands;

/// <summary>
/// What `template` and `targets new` share: the options --year, --department, --from and -o, and the steps — check the
/// year, read last year's report, pre-fill, write the workbook — each failure one Chinese line with exit code 2.
/// </summary>
internal sealed class TemplateOptions(string yearDescription, string fromDescription, string outputDescription)
{
    public Option<int?> Year { get; } = new("--year") { Description = yearDescription };

    public Option<string?> Department { get; } = new("--department") { Description = "部门名称（默认：--from 报告的部门）" };

    public Option<string?> From { get; } = new("--from") { Description = fromDescription };

    public Option<string> Output { get; } = new("--output", "-o") { Description = outputDescription, Required = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Year);
        command.Options.Add(Department);
        command.Options.Add(From);
        command.Options.Add(Output);
    }

    /// <summary>Writes the workbook <paramref name="prefill"/> builds; null (after one line on stderr) when it cannot.</summary>
    public Written? Write(ParseResult parse, CliContext context, Func<int?, string?, Report?, TemplateContent> prefill)
    {
        if (parse.GetValue(Year) is { } y && (y < 2000 || y > 2100))
        {
            context.Error.WriteLine($"--year：“{y}”不是 2000 到 2100 之间的年度");
            return null;
        }

        Report? previous = null;
        if (parse.GetValue(From) is { } source)
        {
            (previous, var failure) = new ReportLoader().Load(source);
            if (failure is not null)
            {
                context.Error.WriteLine(failure.ToString());
                return null;
            }
        }

        var path = parse.GetValue(Output)!;
        var content = prefill(parse.GetValue(Year), parse.GetValue(Department), previous);
        try
        {
            File.WriteAllBytes(path, TemplateWriter.Write(content));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"{Path.GetFileName(path)}：无法写入工作簿（{e.Message}）");
            return null;
        }

        return new Written(path, content, previous);
    }

    /// <summary>A workbook written: where, with what, from which report.</summary>
    public sealed record Written(string Path, TemplateContent Content, Report? Previous)
    {
        /// <summary>"2024年度" or "年度未填".</summary>
        public string YearText => Content.Year is { } year ? year + "年度" : "年度未填";
    }
}
