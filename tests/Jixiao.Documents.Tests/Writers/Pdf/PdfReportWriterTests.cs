using Jixiao.Documents.Writers.Pdf;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Writers.Pdf;

/// <summary>
/// <see cref="LayoutSample"/> printed to PDF by LibreOffice: every font embedded, the text extractable (each
/// figure of the table, no replacement characters), the page break kept. Needs LibreOffice and poppler-utils; skipped
/// locally without them, failed in CI.
/// </summary>
public sealed class PdfReportWriterTests : IClassFixture<PdfReportWriterTests.Printed>
{
    private readonly Printed _printed;

    public PdfReportWriterTests(Printed printed) => _printed = printed;

    [Fact]
    public void LibreOffice_writes_the_PDF()
    {
        var pdf = _printed.Path;
        Assert.True(File.Exists(pdf));
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..8], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        var fonts = Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"not embedded: {f.Name}"));
    }

    [Fact]
    public void Missing_official_fonts_fall_back_to_the_declared_serif_and_sans_faces()
    {
        var installed = CommandLineTools.FontFamilies();
        if (!installed.Contains("Noto Serif CJK SC", StringComparison.Ordinal) || !installed.Contains("Noto Sans CJK SC", StringComparison.Ordinal))
        {
            ExternalRequirement.Missing("Noto Serif CJK SC 与 Noto Sans CJK SC 字体（apt 包 fonts-noto-cjk）");
        }

        if (installed.Contains("FangSong", StringComparison.Ordinal) || installed.Contains("SimHei", StringComparison.Ordinal))
        {
            Assert.Skip("official Chinese fonts are installed here, so no fallback is used");
        }

        // 仿宋 (body), 宋体 (tables) → Noto Serif CJK SC; 黑体 (level 1 headings, captions) → Noto Sans CJK SC.
        var names = Fonts().Select(f => f.Name).ToList();
        Assert.Contains(names, n => n.Contains("NotoSerifCJK", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("NotoSansCJK", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_has_every_table_figure_and_no_replacement_characters()
    {
        var text = CommandLineTools.PdfText(_printed.Path);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.All(LayoutSample.Figures, figure => Assert.Contains(figure, text, StringComparison.Ordinal));
        Assert.Contains("部门整体支出绩效自评报告", text, StringComparison.Ordinal);
        Assert.Contains(LayoutSample.Paragraphs[0][..20], text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_heading_after_the_page_break_starts_a_page()
    {
        using var pdf = PdfDocument.Open(_printed.Path);
        var pages = pdf.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))).ToList();
        var heading = LayoutSample.HeadingAfterPageBreak;
        var page = pages.FindIndex(p => p.Contains(heading, StringComparison.Ordinal));
        Assert.True(page > 0, "the heading after the page break is not on a later page");
        Assert.All(LayoutSample.FigureCaptions, caption => Assert.DoesNotContain(caption, pages[page], StringComparison.Ordinal));
        Assert.StartsWith(heading, pages[page], StringComparison.Ordinal);
    }

    /// <summary>pdffonts' table: name, type (may contain spaces), encoding, emb, sub, uni, object number, generation.</summary>
    private List<(string Name, bool Embedded)> Fonts() =>
        CommandLineTools.PdfFonts(_printed.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(l => !l.StartsWith("---", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (f[0], f[^5] == "yes"))
            .ToList();

    /// <summary>The sample printed once for all tests of the class.</summary>
    public sealed class Printed : IDisposable
    {
        private readonly TempFolder _folder = new();
        private string? _path;

        public string Path => _path ??= Print();

        public void Dispose() => _folder.Dispose();

        private string Print()
        {
            if (LibreOffice.Executable is null)
            {
                ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
            }

            var outcome = new PdfReportWriter().WriteAsync(LayoutSample.Document(), _folder.PathOf("report.pdf")).GetAwaiter().GetResult();
            return outcome.OutputPath ?? throw new InvalidOperationException(outcome.Failure?.Message);
        }
    }
}
