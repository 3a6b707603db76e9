using System.Text;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Pdf;
using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// The PDF reader: a report printed to PDF reads as its text form does; running headers, footers and page numbers
/// go; tables continue over pages; scans, encrypted and damaged files give one Chinese sentence and never throw.
/// </summary>
public sealed class PdfReaderTests
{
    private const int HangGuard = 180_000;

    private static readonly Lazy<byte[]> SyntheticPdf = new(() => PdfFixtures.ReportPdf(SyntheticReport.Clean, "synthetic"));

    [Fact(Timeout = HangGuard)]
    public async Task Synthetic_report_as_PDF_gives_the_same_facts_and_findings_as_its_text()
    {
        var pdf = await Task.Run(() => SyntheticPdf.Value, TestContext.Current.CancellationToken);
        var fromText = ReportEquivalence.Load("report", Encoding.UTF8.GetBytes(SyntheticReport.Clean));
        var fromPdf = ReportEquivalence.Load("report", pdf);

        Assert.Equal("pdf", fromPdf.Source?.Format);
        Assert.Equal(SyntheticReport.Title, fromPdf.Title);
        Assert.Equal(SyntheticReport.Department, fromPdf.Department);
        Assert.DoesNotContain(fromPdf.ReadingProblems, p => p.Code is ReadingCodes.PartMissing or ReadingCodes.NotANumber or ReadingCodes.UnknownGenre);
        Assert.Equal(ReportEquivalence.Facts(fromText), ReportEquivalence.Facts(fromPdf));
        Assert.Equal(ReportEquivalence.Findings(fromText), ReportEquivalence.Findings(fromPdf));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Unbalanced_row_in_a_PDF_is_found_as_in_the_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var pdf = await Task.Run(() => PdfFixtures.ReportPdf(SyntheticReport.WithUnbalancedAdjustment, "unbalanced"), ct);
        var fromText = ReportEquivalence.Load("report", Encoding.UTF8.GetBytes(SyntheticReport.WithUnbalancedAdjustment));
        var fromPdf = ReportEquivalence.Load("report", pdf);

        var findings = ReportEquivalence.Findings(fromPdf);
        Assert.Contains(findings, f => f.StartsWith("JX1003 ", StringComparison.Ordinal));
        Assert.Equal(ReportEquivalence.Findings(fromText), findings);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Blocks_carry_their_page_and_line_on_the_page()
    {
        var pdf = await Task.Run(() => SyntheticPdf.Value, TestContext.Current.CancellationToken);

        var document = Read(pdf);

        Assert.Equal("pdf", document.Source.Format);
        Assert.All(document.Blocks, b => Assert.True(b.Page >= 1 && b.Line >= 1, $"{b} has no page or line"));
        var title = Assert.IsType<HeadingBlock>(document.Blocks[0]);
        Assert.Equal((1, 1), (title.Page!.Value, title.Line));
        var table3 = document.Blocks.OfType<TableBlock>().Single(t => t.Caption?.StartsWith("表3", StringComparison.Ordinal) == true);
        Assert.Equal("金额单位：万元", table3.UnitNote);
        var personnel = table3.Rows.Single(r => r.Cells.Contains("人员经费"));
        Assert.Equal(["基本支出", "人员经费", "80.00", "10.00", "0", "90.00", "88.00", "97.78%"], personnel.Cells.Take(8));
        Assert.NotNull(personnel.Page);
        Assert.True(personnel.Line > table3.Rows[0].Line || personnel.Page > table3.Rows[0].Page);
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_removed()
    {
        var pages = Enumerable.Range(1, 4).Select(page => (IEnumerable<(string, double, double)>)
        [
            ("Annual Report of the Test Bureau", 200, 800),
            ($"Section {page} opens here!", 60, 700),
            ($"Body line two of page {page}!", 60, 685),
            (page % 2 == 0 ? $"- {page} -" : $"{page}/4", 290, 40),
        ]).ToList();

        var document = Read(PdfFixtures.Drawn(pages));

        var text = string.Join("\n", document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.DoesNotContain("Annual Report", text);
        Assert.DoesNotContain("/4", text);
        Assert.DoesNotContain("- 2 -", text);
        Assert.Contains("Section 3 opens here!", text);
        var third = document.Blocks.OfType<ParagraphBlock>().First(p => p.Text.Contains("Section 3", StringComparison.Ordinal));
        Assert.Equal((3, 2), (third.Page!.Value, third.Line));
    }

    [Fact]
    public void Table_continued_on_the_next_page_below_the_running_header_is_one_table()
    {
        static IEnumerable<(string, double, double)> Row(string name, int a, int b, double y) =>
            [(name, 60, y), (a.ToString(System.Globalization.CultureInfo.InvariantCulture), 300, y), (b.ToString(System.Globalization.CultureInfo.InvariantCulture), 400, y)];

        var first = new List<(string, double, double)> { ("Bureau report", 250, 810), ("Table 1 Spending", 60, 760) };
        first.AddRange(Row("Item", 2022, 2023, 730));
        for (var i = 0; i < 20; i++)
        {
            first.AddRange(Row($"Line {i + 1}", 100 + i, 200 + i, 700 - (i * 30)));
        }

        var second = new List<(string, double, double)> { ("Bureau report", 250, 810) };
        for (var i = 20; i < 25; i++)
        {
            second.AddRange(Row($"Line {i + 1}", 100 + i, 200 + i, 760 - ((i - 20) * 30)));
        }

        second.Add(("After the table comes a closing sentence.", 60, 560));

        var document = Read(PdfFixtures.Drawn([first, second]));

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(26, table.Rows.Count);
        Assert.Equal(["Item", "2022", "2023"], table.Rows[0].Cells);
        Assert.Equal(["Line 25", "124", "224"], table.Rows[^1].Cells);
        Assert.Equal(2, table.Rows[^1].Page);
        Assert.DoesNotContain(document.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Bureau report", StringComparison.Ordinal));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Scanned_PDF_without_a_text_layer_asks_for_text_recognition()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = PdfFixtures.Drawn([[("A page with text on it.", 60, 700)], [("And another one.", 60, 700)]], size: 28);
        var scan = await Task.Run(() => PdfFixtures.Scanned(text), ct);

        var outcome = new PdfReader(ReaderLimits.Default).Read("scan.pdf", scan);

        Assert.Null(outcome.Document);
        Assert.Contains("没有文字层（可能是扫描件），需要先做文字识别", outcome.Failure);
        var (report, failure) = new ReportLoader().Load("扫描件.pdf", scan);
        Assert.Null(report);
        Assert.Equal("扫描件.pdf：" + PdfReader.NoTextLayer, failure!.ToString());
    }

    [Fact(Timeout = HangGuard)]
    public async Task Encrypted_PDF_says_it_is_password_protected()
    {
        var ct = TestContext.Current.CancellationToken;
        var encrypted = await Task.Run(() => PdfFixtures.Encrypted(PdfFixtures.Drawn([[("Secret figures 2023", 60, 700)]])), ct);

        var outcome = new PdfReader(ReaderLimits.Default).Read("locked.pdf", encrypted);

        Assert.Null(outcome.Document);
        Assert.Contains("加密", outcome.Failure);
        Assert.Contains("密码", outcome.Failure);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void Truncated_PDF_says_it_is_damaged(double kept)
    {
        var whole = PdfFixtures.Drawn([[("First page of the report.", 60, 700)], [("Second page of the report.", 60, 700)]]);
        var cut = whole[..(int)(whole.Length * kept)];

        var outcome = new PdfReader(ReaderLimits.Default).Read("cut.pdf", cut);

        Assert.Null(outcome.Document);
        Assert.Equal(PdfReader.Damaged, outcome.Failure);
    }

    [Fact]
    public void Garbage_after_the_PDF_header_says_it_is_damaged()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);

        var outcome = new PdfReader(ReaderLimits.Default).Read("noise.pdf", bytes);

        Assert.Null(outcome.Document);
        Assert.Equal(PdfReader.Damaged, outcome.Failure);
    }

    private static DocumentText Read(byte[] pdf)
    {
        var outcome = new PdfReader(ReaderLimits.Default).Read("test.pdf", pdf);
        Assert.Null(outcome.Failure);
        return Assert.IsType<DocumentText>(outcome.Document);
    }
}
