using System.Text;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Html;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Documents.Writers.Markdown;
using Jixiao.Documents.Writers.Pdf;

namespace Jixiao.Documents.Writers;

/// <summary>
/// Writes a laid-out report to a file in one of the <see cref="ReportFormat"/>s (Markdown with its chart images
/// beside it), or says in one Chinese sentence why it could not.
/// </summary>
public sealed class ReportRenderer(PdfReportWriter pdf)
{
    public ReportRenderer()
        : this(new PdfReportWriter())
    {
    }

    /// <summary>The files written (the report first), or the reason there are none.</summary>
    public async Task<(IReadOnlyList<string> Files, string? Error)> RenderAsync(LayoutDocument document, ReportFormat format, string outputPath,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var target = Path.GetFullPath(outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
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
                default:
                    var outcome = await pdf.WriteAsync(document, target, cancellationToken).ConfigureAwait(false);
                    return outcome.OutputPath is { } written ? ([written], null) : ([], outcome.Failure!.Message);
            }
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
