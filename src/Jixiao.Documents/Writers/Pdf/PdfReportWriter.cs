using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Pdf;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as PDF: the Word document of <see cref="DocxReportWriter"/>, printed by
/// LibreOffice, so Word and PDF share one layout. LibreOffice embeds the fonts it uses; where the official Chinese fonts
/// (仿宋_GB2312, 方正小标宋简体 …) are not installed, fontconfig substitutes the alternatives the document declares
/// (<see cref="FontFallbacks"/>: Noto Serif CJK SC for 仿宋, 楷体 and 宋体, Noto Sans CJK SC for 黑体), else any
/// installed CJK font (WenQuanYi).
/// </summary>
public sealed class PdfReportWriter(LibreOfficeConverter converter)
{
    /// <summary>The fonts the Word document asks for, each with the alternatives it declares.</summary>
    public static IReadOnlyList<FontFallback> FontFallbacks { get; } = [.. DocxFont.All.Select(font => new FontFallback(font.Name, font.Alternatives))];

    /// <summary>A writer using the installed LibreOffice.</summary>
    public PdfReportWriter()
        : this(new LibreOfficeConverter())
    {
    }

    /// <summary>Writes the PDF to <paramref name="outputPath"/> (replacing it); the outcome names the file or says in Chinese why there is none.</summary>
    /// <exception cref="ChartFontMissingException">The document has a chart and no CJK font is installed to draw it.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConversionOutcome> WriteAsync(LayoutDocument document, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var work = Path.Combine(Path.GetTempPath(), "jixiao-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var docx = Path.Combine(work, "report.docx");
            await File.WriteAllBytesAsync(docx, DocxReportWriter.Write(document), cancellationToken).ConfigureAwait(false);
            var outcome = await converter.ConvertAsync(docx, work, "pdf", "writer_pdf_Export", FontFallbacks, cancellationToken).ConfigureAwait(false);
            if (outcome.OutputPath is not { } pdf)
            {
                return outcome;
            }

            var target = Path.GetFullPath(outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(pdf, target, overwrite: true);
            return ConversionOutcome.Converted(target);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort.
            }
        }
    }
}
