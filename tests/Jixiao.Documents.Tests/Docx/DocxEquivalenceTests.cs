using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>
/// A report read from Word gives the same key figures and the same audit findings (reading problems JX8xxx aside)
/// as its text form: the synthetic report and the reference report, each as a .docx made by LibreOffice from its
/// HTML rendering and as a .docx written directly with OpenXML.
/// </summary>
public sealed partial class DocxEquivalenceTests
{
    private const int Timeout = 240_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact(Timeout = Timeout)]
    public async Task Synthetic_report_converted_by_LibreOffice_reads_and_audits_like_its_text()
    {
        var docx = await Task.Run(() => ConvertWithLibreOffice(SyntheticReport.Clean, SyntheticReport.Title), TestContext.Current.CancellationToken);

        var text = new PlainTextReader(ReaderLimits.Default).Read("synthetic.txt", SyntheticReport.Clean);
        var read = new DocxReader(ReaderLimits.Default).Read("synthetic.docx", docx).Document!;
        Assert.Equal(Describe(text), Describe(read));
        AssertSame(LoadText(SyntheticReport.Clean), Load("synthetic.docx", docx));
    }

    [Fact(Timeout = Timeout)]
    public async Task Synthetic_report_opened_as_plain_text_by_LibreOffice_and_saved_as_docx_audits_like_its_text()
    {
        // No HTML in between: LibreOffice turns each line into a paragraph and keeps the tabs, as a report typed with
        // tab-aligned columns in Word would be.
        var docx = await Task.Run(() =>
        {
            using var folder = new TempFolder();
            var txt = folder.File("report.txt", SyntheticReport.Clean);
            return File.ReadAllBytes(LibreOffice.Convert(txt, "docx", folder.Path));
        }, TestContext.Current.CancellationToken);

        AssertSame(LoadText(SyntheticReport.Clean), Load("synthetic.docx", docx));
    }

    [Fact(Timeout = Timeout)]
    public async Task Reference_report_converted_by_LibreOffice_reads_and_audits_like_its_text()
    {
        var text = await File.ReadAllTextAsync(SharedFiles.SamplePath, TestContext.Current.CancellationToken);
        var docx = await Task.Run(() => ConvertWithLibreOffice(text, "天河区应急管理局"), TestContext.Current.CancellationToken);

        var fromText = LoadText(text);
        var fromDocx = Load("tianhe.docx", docx);

        Assert.NotNull(fromText.BudgetTable);
        AssertSame(fromText, fromDocx);
    }

    [Fact]
    public void Synthetic_report_written_with_OpenXml_reads_back_block_for_block()
    {
        var document = new PlainTextReader(ReaderLimits.Default).Read("synthetic.txt", SyntheticReport.Clean);
        var docx = DocumentDocx.Write(document);
        using (var written = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(written).Select(e => e.Description));
        }

        var read = new DocxReader(ReaderLimits.Default).Read("synthetic.docx", docx).Document!;

        Assert.Equal(Describe(document), Describe(read));
        Assert.Equal(1, read.Blocks[0].Page);
        Assert.Equal(2, read.Blocks.OfType<HeadingBlock>().First(h => h.Text == "绩效自评情况").Page);
        AssertSame(LoadText(SyntheticReport.Clean), Load("synthetic.docx", docx));
    }

    [Fact]
    public void Reference_report_written_with_OpenXml_reads_back_block_for_block_and_audits_the_same()
    {
        var text = File.ReadAllText(SharedFiles.SamplePath);
        var document = new PlainTextReader(ReaderLimits.Default).Read("tianhe.txt", text);
        var docx = DocumentDocx.Write(document);

        var read = new DocxReader(ReaderLimits.Default).Read("tianhe.docx", docx).Document!;

        Assert.Equal(Describe(document), Describe(read));
        AssertSame(LoadText(text), Load("tianhe.docx", docx));
    }

    private static byte[] ConvertWithLibreOffice(string text, string title)
    {
        var document = new PlainTextReader(ReaderLimits.Default).Read("report.txt", text);
        using var folder = new TempFolder();
        var html = folder.File("report.html", DocumentHtml.Render(document, title));
        var docx = LibreOffice.Convert(html, "docx", folder.Path);
        return File.ReadAllBytes(docx);
    }

    private static Report LoadText(string text) => Load("report.txt", new UTF8Encoding(false).GetBytes(text));

    private static Report Load(string name, byte[] bytes)
    {
        var (report, failure) = new ReportLoader().Load(name, bytes);
        Assert.Null(failure);
        return Assert.IsType<Report>(report);
    }

    private static void AssertSame(Report expected, Report actual)
    {
        Assert.Equal(Facts(expected), Facts(actual));
        Assert.Equal(Findings(expected), Findings(actual));
    }

    private static string Facts(Report report) =>
        JsonSerializer.Serialize(KeyFigures.Of(report) with { File = null }, Indented);

    private static string[] Findings(Report report) =>
        new AuditEngine().Audit(report).Findings
            .Where(f => !f.RuleId.StartsWith("JX8", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Severity} {LineReference().Replace(f.Message, "第 # 行")}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Blocks as text: headings with their numbering, paragraphs, tables with caption, unit note and cells (trailing empty cells aside).</summary>
    private static string[] Describe(DocumentText document) => document.Blocks.Select(block => block switch
    {
        HeadingBlock h => $"H {h.Kind} {h.Numbering}{h.Text}",
        ParagraphBlock p => $"P {p.Text}",
        TableBlock t => $"T {t.Caption} | {t.UnitNote} | " + string.Join(" / ", t.Rows.Select(r => string.Join("\t", r.Cells).TrimEnd('\t'))),
        _ => block.ToString(),
    }).ToArray();

    /// <summary>Messages cite the line of a figure; a Word file's lines are paragraph and row ordinals, so they differ by design.</summary>
    [GeneratedRegex(@"(?:第 \d+ 页)?第 \d+ [行段]")]
    private static partial Regex LineReference();
}
