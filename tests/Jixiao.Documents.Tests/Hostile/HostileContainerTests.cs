using System.Text;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using static Jixiao.Documents.Tests.Hostile.HostileGuard;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// Hostile containers: zip bombs (.docx, .xlsx; honest and lying headers), too many zip entries, billion laughs in a
/// Word and a workbook part, PDFs whose page tree or references loop, cut files and random bytes under each name.
/// Each is refused with one Chinese line naming the file and the limit, quickly, or read with reading problems.
/// </summary>
public sealed class HostileContainerTests
{
    private const long BombBytes = 160L * 1024 * 1024;

    [Theory]
    [InlineData("bomb.docx")]
    [InlineData("bomb.xlsx")]
    public async Task Zip_bomb_is_refused_by_the_declared_sizes_naming_the_limit(string name)
    {
        var bytes = HostileFiles.ZipBomb(name.EndsWith(".docx", StringComparison.Ordinal) ? HostileCorpus.Docx : HostileCorpus.Xlsx, "word/media/zeros.bin", BombBytes);
        Assert.True(bytes.Length < 2 * 1024 * 1024, $"the bomb should be small on disk, but is {bytes.Length} bytes");

        var message = AssertFailure(await Load(name, bytes), name);

        Assert.Contains("Limits:MaxDecompressedBytes", message);
        Assert.Contains("128 MB", message);
        Assert.Contains("压缩炸弹", message);
    }

    [Theory]
    [InlineData("lying.docx")]
    [InlineData("lying.xlsx")]
    public async Task Zip_bomb_whose_headers_understate_its_size_is_never_inflated_past_them(string name)
    {
        // .NET stops inflating an entry at the size its headers declare, and the readers count what they inflate
        // besides: an understated bomb is read (its entry cut short, and unused) or refused, never inflated.
        var bytes = HostileFiles.ZipBomb(name.EndsWith(".docx", StringComparison.Ordinal) ? HostileCorpus.Docx : HostileCorpus.Xlsx, "word/media/zeros.bin", BombBytes, lie: true);
        var (result, allocated) = await Within(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var loaded = new Loading.ReportLoader().Load(name, bytes);
            return (loaded, GC.GetAllocatedBytesForCurrentThread() - before);
        });

        AssertReadOrRefused(result, name);
        Assert.True(allocated < ReaderLimits.Default.MaxDecompressedBytes / 2, $"the bomb must not be inflated into memory, but {allocated} bytes were allocated");
    }

    [Fact]
    public async Task Inflated_bytes_are_counted_against_a_custom_limit()
    {
        var limits = ReaderLimits.Default with { MaxDecompressedBytes = 4L * 1024 * 1024 };
        var bytes = HostileFiles.ZipBomb(HostileCorpus.Docx, "word/media/zeros.bin", 8L * 1024 * 1024);

        var message = AssertFailure(await Load("bomb.docx", bytes, limits), "bomb.docx");

        Assert.Contains("4 MB", message);
        var honest = await Load("report.docx", HostileCorpus.Docx, limits);
        Assert.NotNull(honest.Report);
    }

    [Theory]
    [InlineData("many.docx")]
    [InlineData("many.xlsx")]
    public async Task Container_with_more_entries_than_the_limit_is_refused(string name)
    {
        var limits = ReaderLimits.Default with { MaxZipEntries = 100 };
        var bytes = HostileFiles.WithManyEntries(name.EndsWith(".docx", StringComparison.Ordinal) ? HostileCorpus.Docx : HostileCorpus.Xlsx, 200);

        var message = AssertFailure(await Load(name, bytes, limits), name);

        Assert.Contains("Limits:MaxZipEntries", message);
        Assert.Contains("100", message);
    }

    [Fact]
    public async Task Billion_laughs_in_the_Word_body_is_refused_unexpanded()
    {
        var bytes = HostileFiles.WithEntry(HostileCorpus.Docx, "word/document.xml",
            HostileFiles.BillionLaughs("w:document", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Replace("<w:document xmlns=", "<w:document xmlns:w=", StringComparison.Ordinal));

        var message = AssertFailure(await Load("laughs.docx", bytes), "laughs.docx");

        Assert.Contains("DTD", message);
    }

    [Fact]
    public async Task Billion_laughs_in_the_Word_styles_is_left_out_and_the_body_is_read()
    {
        var bytes = HostileFiles.WithEntry(HostileCorpus.Docx, "word/styles.xml",
            HostileFiles.BillionLaughs("styles", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"));

        var result = await Load("laughs-styles.docx", bytes);

        AssertReadOrRefused(result, "laughs-styles.docx");
    }

    [Fact]
    public async Task Billion_laughs_in_a_worksheet_is_refused_by_the_OpenXML_SDK_unexpanded()
    {
        var bytes = HostileFiles.WithEntry(HostileCorpus.Xlsx, "xl/worksheets/sheet1.xml",
            HostileFiles.BillionLaughs("worksheet", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"));

        var result = await Within(() => WorkbookImporter.Import("laughs.xlsx", bytes, ReaderLimits.Default));

        Assert.Null(result.Report);
        Assert.Contains(result.Errors, e => e.Message.Contains("DTD", StringComparison.Ordinal));
        AssertReadOrRefused(await Load("laughs.xlsx", bytes), "laughs.xlsx");
    }

    [Fact]
    public async Task External_entity_in_a_Word_part_is_never_resolved()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
            """;
        var bytes = HostileFiles.WithEntry(HostileCorpus.Docx, "word/document.xml", xml);

        var outcome = await Within(() => new DocxReader(ReaderLimits.Default).Read("xxe.docx", bytes));

        Assert.Null(outcome.Document);
        Assert.Contains("DTD", outcome.Failure);
    }

    public static TheoryData<string, string> LoopingPdfs => new()
    {
        { "kids-point-to-themselves", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>" },
        { "kids-point-to-the-root", "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>" },
        { "count-lies", "<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>" },
    };

    [Theory]
    [MemberData(nameof(LoopingPdfs))]
    public async Task Pdf_whose_page_tree_loops_is_refused_or_read_without_hanging(string name, string pages)
    {
        var bytes = HostileFiles.PdfOfObjects("<< /Type /Catalog /Pages 2 0 R >>", pages, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");

        AssertReadOrRefused(await Load(name + ".pdf", bytes), name + ".pdf");
    }

    [Fact]
    public async Task Pdf_whose_references_loop_is_refused_naming_the_depth_limit()
    {
        // Regression: PdfPig's PdfDocumentStackDepthException escaped the reader.
        var bytes = HostileFiles.PdfOfObjects("<< /Type /Catalog /Pages 2 0 R >>", "3 0 R", "2 0 R");

        var message = AssertFailure(await Load("ref-loop.pdf", bytes), "ref-loop.pdf");

        Assert.Equal(PdfReader.TooDeep, message);
    }

    [Fact]
    public async Task Pdf_with_more_objects_than_the_limit_is_refused_unread()
    {
        var limits = ReaderLimits.Default with { MaxPdfObjects = 50 };
        var bytes = HostileFiles.PdfOfObjects(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", .. Enumerable.Repeat("<< /Filler true >>", 100)]);

        var message = AssertFailure(await Load("objects.pdf", bytes, limits), "objects.pdf");

        Assert.Contains("Limits:MaxPdfObjects", message);
        Assert.Contains("102", message);
    }

    [Fact]
    public async Task Pdf_with_more_pages_than_the_limit_is_read_up_to_the_limit()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 1; i <= 5; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText($"Page {i} of the report", 12, new UglyToad.PdfPig.Core.PdfPoint(60, 700), font);
        }

        var outcome = await Within(() => new PdfReader(ReaderLimits.Default with { MaxPdfPages = 2 }).Read("pages.pdf", builder.Build()));

        var problem = Assert.Single(outcome.Document!.Problems, p => p.Code == Domain.Reports.ReadingCodes.LimitExceeded);
        Assert.Contains("Limits:MaxPdfPages", problem.Message);
        Assert.Equal(3, problem.Location.Page);
    }

    [Theory]
    [InlineData("cut.docx")]
    [InlineData("cut.xlsx")]
    [InlineData("cut.pdf")]
    public async Task Truncated_file_is_refused_naming_the_file(string name)
    {
        var whole = name[^4..] switch
        {
            "docx" => HostileCorpus.Docx,
            "xlsx" => HostileCorpus.Xlsx,
            _ => HostileCorpus.Pdf("Annual performance self-evaluation 2023", "The bureau spent its budget as planned."),
        };

        foreach (var fraction in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            AssertFailure(await Load(name, whole[..(int)(whole.Length * fraction)]), name);
        }
    }

    [Theory]
    [InlineData("random.docx", "")]
    [InlineData("random.xlsx", "")]
    [InlineData("random.pdf", "")]
    [InlineData("zip-header.docx", "PK\u0003\u0004")]
    [InlineData("pdf-header.pdf", "%PDF-1.7\n")]
    public async Task Random_bytes_under_a_document_name_are_refused(string name, string header)
    {
        var random = new Random(20231231);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(16, 64 * 1024)];
            random.NextBytes(bytes);
            byte[] file = [.. Encoding.ASCII.GetBytes(header), .. bytes];

            AssertReadOrRefused(await Load(name, file), name);
        }
    }

    [Fact]
    public async Task Workbook_with_an_empty_worksheet_part_is_refused_naming_the_sheet()
    {
        // Regression (fuzz, seed 20231231, xlsx input 28): an empty worksheet part made WorkbookPackage throw NullReferenceException.
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(HostileCorpus.Xlsx), System.IO.Compression.ZipArchiveMode.Read);
        var sheets = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);

        foreach (var sheet in sheets)
        {
            var bytes = HostileFiles.WithEntry(HostileCorpus.Xlsx, sheet, string.Empty);

            var result = await Within(() => WorkbookImporter.Import("empty-sheet.xlsx", bytes, ReaderLimits.Default));

            Assert.Null(result.Report);
            AssertReadOrRefused(await Load("empty-sheet.xlsx", bytes), "empty-sheet.xlsx");
        }
    }
}
