using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// <see cref="WrappingLayoutSample"/> in Jixiao's Word layout, set in Chinese throughout as departments' Word documents are
/// (so that LibreOffice, printing it, breaks lines inside figures, which Jixiao's own PDFs avoid), reads back as it was
/// written: wrapped numbered paragraphs are paragraphs, figures split at a line end are whole, wrapped table cells are
/// one cell, merged cells come back as the Word reader gives them. Each test first checks that the PDF really wraps
/// where the test says. Needs LibreOffice; skipped locally without it, failed in CI.
/// </summary>
public sealed class GeneratedPdfTests(GeneratedPdfTests.Printed printed) : IClassFixture<GeneratedPdfTests.Printed>
{
    [Fact]
    public void Wrapped_numbered_paragraphs_stay_paragraphs()
    {
        foreach (var paragraph in WrappingLayoutSample.NumberedParagraphs)
        {
            Assert.Contains(printed.Lines, l => paragraph.StartsWith(Squeezed(l), StringComparison.Ordinal) && Squeezed(l).Length < paragraph.Length);
            Assert.Contains(printed.Document.Blocks, b => b is ParagraphBlock p && p.Text == paragraph);
        }

        var headings = printed.Document.Blocks.OfType<HeadingBlock>().Where(h => h.Kind != NumberingKind.None).Select(h => h.Numbering + h.Text);
        Assert.Equal(WrappingLayoutSample.Headings, headings);
    }

    [Fact]
    public void Figures_split_at_a_line_end_are_rejoined()
    {
        var lines = printed.Lines.Select(Squeezed).ToList();
        Assert.Contains(lines.Zip(lines.Skip(1)), p => char.IsAsciiDigit(p.First[^1]) && char.IsAsciiDigit(p.Second[0]));

        Assert.Contains(printed.Document.Blocks, b => b is ParagraphBlock p && p.Text == WrappingLayoutSample.Figures);
    }

    [Fact]
    public void Wrapped_table_cells_come_back_whole()
    {
        Assert.All(WrappingLayoutSample.ProjectNames.Where(n => n.Length > 20), name =>
            Assert.DoesNotContain(printed.Lines, l => Squeezed(l).Contains(name[..20], StringComparison.Ordinal)));

        var table = Assert.Single(printed.Document.Blocks.OfType<TableBlock>());
        Assert.Equal(WrappingLayoutSample.Caption, table.Caption);
        Assert.Equal(WrappingLayoutSample.UnitNote, table.UnitNote);
        Assert.Equal(WrappingLayoutSample.ExpandedRows, table.Rows.Select(r => r.Cells.ToArray()));
    }

    [Fact]
    public void Merged_cells_come_back_as_the_Word_reader_gives_them()
    {
        var docx = new DocxReader(ReaderLimits.Default).Read("report.docx", DocxReportWriter.Write(WrappingLayoutSample.Document())).Document!;

        var fromWord = Assert.Single(docx.Blocks.OfType<TableBlock>());
        var fromPdf = Assert.Single(printed.Document.Blocks.OfType<TableBlock>());
        Assert.Equal(fromWord.Rows.Select(r => r.Cells), fromPdf.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void Page_footers_are_not_read()
    {
        Assert.Contains(printed.Lines, l => l.Text.Contains('—', StringComparison.Ordinal));
        var text = string.Concat(printed.Document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            HeadingBlock h => h.Text,
            _ => string.Empty,
        }));
        Assert.DoesNotContain("—", text, StringComparison.Ordinal);
    }

    /// <summary>A visual line's text without the spaces the PDF puts between Chinese and figures.</summary>
    private static string Squeezed(PdfLine line) => TextNormalizer.Normalize(line.Text);

    /// <summary>The sample printed once for all tests of the class, read back, and its visual lines.</summary>
    public sealed class Printed : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly Lazy<(DocumentText Document, List<PdfLine> Lines)> _read;

        public Printed() => _read = new(Read);

        public DocumentText Document => _read.Value.Document;

        internal List<PdfLine> Lines => _read.Value.Lines;

        public void Dispose() => _folder.Dispose();

        private (DocumentText, List<PdfLine>) Read()
        {
            if (LibreOffice.Executable is null)
            {
                ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
            }

            var docx = _folder.File("report.docx", InChinese(DocxReportWriter.Write(WrappingLayoutSample.Document())));
            var bytes = File.ReadAllBytes(LibreOffice.Convert(docx, "pdf", _folder.Path));
            using var pdf = PdfDocument.Open(bytes);
            var lines = pdf.GetPages().SelectMany(p => PageLines.Read(p.Letters, p.Number, PageRules.Read(p.Paths))).ToList();
            var document = new PdfReader(ReaderLimits.Default).Read("report.pdf", bytes).Document!;
            return (document, lines);
        }

        /// <summary>The document with its Latin-script language Chinese too, as Word sets it on a Chinese system.</summary>
        private static byte[] InChinese(byte[] docx)
        {
            using var stream = new MemoryStream();
            stream.Write(docx);
            using (var word = WordprocessingDocument.Open(stream, isEditable: true))
            {
                var languages = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
                languages.Val = "zh-CN";
            }

            return stream.ToArray();
        }
    }
}
