using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// The reference report printed to PDF (HTML → Word → PDF with LibreOffice: 13 pages, a wide 表3 of 32 project rows
/// over six pages with rows cut by page breaks, mixed units) reads to the same facts and audits the same as its text.
/// </summary>
public sealed class TianhePdfTests
{
    private static readonly Lazy<(Report Text, Report Pdf)> Reports = new(() =>
    {
        var path = SharedFiles.SamplePath;
        var text = File.ReadAllText(path);
        var pdf = PdfFixtures.ReportPdf(text, "tianhe");
        return (ReportEquivalence.Load("tianhe", File.ReadAllBytes(path)), ReportEquivalence.Load("tianhe", pdf));
    });

    [Fact(Timeout = 300_000)]
    public async Task Reference_report_as_PDF_gives_the_same_facts()
    {
        var (text, pdf) = await Task.Run(() => Reports.Value, TestContext.Current.CancellationToken);

        Assert.Equal("pdf", pdf.Source?.Format);
        Assert.Equal(text.Title, pdf.Title);
        Assert.Equal(32, pdf.BudgetTable?.Projects.Count);
        Assert.Equal(ReportEquivalence.Facts(text), ReportEquivalence.Facts(pdf));
    }

    [Fact(Timeout = 300_000)]
    public async Task Reference_report_as_PDF_audits_the_same()
    {
        var (text, pdf) = await Task.Run(() => Reports.Value, TestContext.Current.CancellationToken);

        Assert.Equal(ReportEquivalence.Findings(text), ReportEquivalence.Findings(pdf));
        Assert.Equal(
            text.ReadingProblems.Select(p => $"{p.Code} {p.Message}").Order(StringComparer.Ordinal),
            pdf.ReadingProblems.Select(p => $"{p.Code} {p.Message}").Order(StringComparer.Ordinal));
    }
}
