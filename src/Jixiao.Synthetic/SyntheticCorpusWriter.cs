using Jixiao.Documents.Writers;

namespace Jixiao.Synthetic;

/// <summary>
/// Writes a generated set to a folder: each report in each requested format ("0001-tianhe-yingji-2023.txt", .docx, .pdf…;
/// the text form is the Markdown the text reader reads), and returns the manifest of what was written and injected.
/// </summary>
public sealed class SyntheticCorpusWriter(ReportRenderer renderer)
{
    /// <summary>The file extension of the text form.</summary>
    public const string Text = "txt";

    public SyntheticCorpusWriter()
        : this(new ReportRenderer())
    {
    }

    /// <summary>
    /// Writes <paramref name="count"/> reports of the series <paramref name="seed"/>; <paramref name="formats"/> are "txt" or
    /// <see cref="ReportFormats"/> names; <paramref name="written"/> is told how many reports are done after each. The manifest, or the first reason a file could not be written.
    /// </summary>
    public async Task<(Manifest? Manifest, string? Error)> WriteAsync(string folder, int seed, int count, decimal errorRate, IReadOnlyList<string> formats,
        Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<ManifestEntry>();
        foreach (var report in SyntheticReportGenerator.Generate(seed, count, (double)errorRate))
        {
            var files = new List<string>();
            foreach (var format in formats)
            {
                var file = $"{report.Name}.{format}";
                var target = format == Text ? ReportFormat.Md : ReportFormats.Parse(format)!.Value;
                var (_, error) = await renderer.RenderAsync(report.Document, target, Path.Combine(folder, file), cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    return (null, $"{file}：{error}");
                }

                files.Add(file);
            }

            var model = report.Model;
            entries.Add(new ManifestEntry(report.Name, files, model.Department!, model.Year!.Value, model.BudgetTable!.UnitBlocks.Count(),
                model.BudgetTable.Projects.Count, model.Targets!.Indicators.Count, report.Injections));
            written?.Invoke(entries.Count);
        }

        return (new Manifest(seed, count, errorRate, formats, entries), null);
    }

}
