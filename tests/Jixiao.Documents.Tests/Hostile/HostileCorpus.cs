using Jixiao.Documents.Text;
using Jixiao.Documents.Workbook;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Html;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// The real documents the hostile inputs start from, written by the repository's own writers in memory (nothing is
/// committed); <see cref="HostileFiles"/> bombs, poisons, cuts or loops them.
/// </summary>
internal static class HostileCorpus
{
    private static readonly Lazy<byte[]> SampleDocx = new(() => Tests.Docx.DocumentDocx.Write(new PlainTextReader(ReaderLimits.Default).Read("report.txt", SyntheticReport.Clean)));

    private static readonly Lazy<byte[]> SampleXlsx = new(() => WorkbookExport.Write(BundledSample.Report));

    private static readonly Lazy<string> SampleHtml = new(() => HtmlReportWriter.Write(Composed()));

    private static readonly Lazy<byte[]> SampleWrittenDocx = new(() => DocxReportWriter.Write(Composed()));

    /// <summary>A Word document holding the synthetic report's text (headings, paragraphs, tables).</summary>
    public static byte[] Docx => SampleDocx.Value;

    /// <summary>The bundled sample exported as a Jixiao self-evaluation workbook.</summary>
    public static byte[] Xlsx => SampleXlsx.Value;

    /// <summary>The bundled sample rendered as the printable web page (no charts).</summary>
    public static string Html => SampleHtml.Value;

    /// <summary>The bundled sample rendered by the Word writer (no charts).</summary>
    public static byte[] WrittenDocx => SampleWrittenDocx.Value;

    /// <summary>A one-page PDF with a text layer (PdfPig's writer; Standard 14 fonts hold no Chinese, so the text is English).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 12, new UglyToad.PdfPig.Core.PdfPoint(60, 760 - (i * 40)), font);
        }

        return builder.Build();
    }

    private static LayoutDocument Composed() => ReportComposer.Compose(BundledSample.Report, CompositionOptions.Default with { Charts = false });
}
