using Jixiao.Documents;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Audit.Tests.RoundTrips;

/// <summary>Template → fill (as a user would, cell by cell) → import → render → read back: the same figures all the way.</summary>
public sealed class WorkbookRoundTripTests
{
    [Theory]
    [InlineData("docx")]
    [InlineData("html")]
    [InlineData("md")]
    public async Task A_filled_workbook_renders_to_a_report_that_reads_back_to_the_imported_model(string format)
    {
        var imported = WorkbookImporter.Import("自评.xlsx", ReportWorkbook.Filled(BundledSample.Report), ReaderLimits.Default);
        Assert.Empty(imported.Errors);
        var model = imported.Report!;

        using var folder = new TempFolder();
        var (files, error) = await new ReportRenderer().RenderAsync(ReportComposer.Compose(model, CompositionOptions.Default with { Charts = false }),
            ReportFormats.Parse(format)!.Value, folder.PathOf("report." + format));
        Assert.Null(error);
        var (back, failure) = new ReportLoader().Load(files[0]);

        Assert.Null(failure);
        Assert.Equal(RoundTripFacts.Of(model), RoundTripFacts.Of(back!));
    }
}
