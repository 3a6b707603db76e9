using System.Text;
using Jixiao.Documents.Workbook;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Html;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Documents.Writers.Markdown;
using Jixiao.Documents.Writers.Pdf;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Writers;

/// <summary>
/// Writes a report to a file in one of the <see cref="ReportFormat"/>s (Markdown with its chart images beside it, the
/// workbook from the model), or says in one Chinese sentence why it could not.
/// </summary>
public sealed class ReportRenderer(PdfReportWriter pdf)
{
    public ReportRenderer()
        : this(new PdfReportWriter())
    {
    }

    /// <summary>
    /// The report written from its model: the workbook (<see cref="ReportFormat.Xlsx"/>) from the model itself, the
    /// other formats laid out by <see cref="ReportComposer"/> with <paramref name="options"/>. The files written (the
    /// report first), or the reason there are none.
    /// </summary>
    public async Task<(IReadOnlyList<string> Files, string? Error)> RenderAsync(Report model, CompositionOptions options, ReportFormat format, string outputPath,
        CancellationToken cancellationToken = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return await RenderAsync(ReportComposer.Compose(model, options), format, outputPath, cancellationToken).ConfigureAwait(false);
        }

        if (WorkbookExport.Unsupported(model) is { } reason)
        {
            return ([], reason);
        }

        return await WriteAsync(outputPath, async target =>
        {
            await File.WriteAllBytesAsync(target, WorkbookExport.Write(model), cancellationToken).ConfigureAwait(false);
            return ([target], null);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// A laid-out report in a document format (not <see cref="ReportFormat.Xlsx"/>, which is written from the model).
    /// The files written (the report first), or the reason there are none.
    /// </summary>
    public Task<(IReadOnlyList<string> Files, string? Error)> RenderAsync(LayoutDocument document, ReportFormat format, string outputPath,
        CancellationToken cancellationToken = default) =>
        WriteAsync(outputPath, async target =>
        {
            switch (format)
            {
                case ReportFormat.Docx:
                    await File.WriteAllBytesAsync(target, DocxReportWriter.Write(document), cancellationToken).ConfigureAwait(false);
                    return ([target], null);
                case ReportFormat.Html:
                    await File.WriteAllTextAsync(target, HtmlReportWriter.Write(document), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                    return ([target], null);
                case ReportFormat.Md:
                    var markdown = MarkdownReportWriter.Write(document, Path.GetFileNameWithoutExtension(target));
                    await File.WriteAllTextAsync(target, markdown.Text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                    var files = new List<string> { target };
                    foreach (var image in markdown.Images)
                    {
                        var path = Path.Combine(Path.GetDirectoryName(target)!, image.FileName);
                        await File.WriteAllBytesAsync(path, image.Png, cancellationToken).ConfigureAwait(false);
                        files.Add(path);
                    }

                    return (files, null);
                case ReportFormat.Pdf:
                    var outcome = await pdf.WriteAsync(document, target, cancellationToken).ConfigureAwait(false);
                    return outcome.OutputPath is { } written ? ([written], null) : ([], outcome.Failure!.Message);
                default:
                    throw new ArgumentException($"{format} is written from the model, not from a laid-out document.", nameof(format));
            }
        });

    /// <summary>Runs <paramref name="write"/> on the full output path, its folder created; a chart without its font or a file that cannot be written is the reason.</summary>
    private static async Task<(IReadOnlyList<string> Files, string? Error)> WriteAsync(string outputPath, Func<string, Task<(IReadOnlyList<string> Files, string? Error)>> write)
    {
        try
        {
            var target = Path.GetFullPath(outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            return await write(target).ConfigureAwait(false);
        }
        catch (ChartFontMissingException e)
        {
            return ([], e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{outputPath}：无法写入（{e.Message}）");
        }
    }

    /// <summary>Each chart of the document as "图N.png" and "图N.svg" in <paramref name="directory"/>; the files written, or the reason there are none.</summary>
    public static async Task<(IReadOnlyList<string> Files, string? Error)> ExportChartsAsync(LayoutDocument document, string directory,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var folder = Directory.CreateDirectory(directory).FullName;
            var files = new List<string>();
            var figures = document.Parts.OfType<FigurePart>().ToArray();
            for (var i = 0; i < figures.Length; i++)
            {
                var png = Path.Combine(folder, $"图{i + 1}.png");
                var svg = Path.Combine(folder, $"图{i + 1}.svg");
                await File.WriteAllBytesAsync(png, ChartRenderer.Png(figures[i].Chart), cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(svg, ChartRenderer.Svg(figures[i].Chart), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                files.Add(png);
                files.Add(svg);
            }

            return (files, null);
        }
        catch (ChartFontMissingException e)
        {
            return ([], e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{directory}：无法写入（{e.Message}）");
        }
    }
}
