using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Writers.Xlsx;

/// <summary>
/// A report exported as the self-evaluation workbook (<see cref="WorkbookExport"/>): a valid package that imports back,
/// without errors, to the report's key figures (`jixiao facts`). What the workbook cannot carry, and so does not come
/// back (docs/workbook.md): the claims of the narrative other than the 绩效管理 dates, coverage, evaluated funds and the
/// scores (指标个数, 事故, 分项构成, 完成区间 — no sheet has a place for them); the economic classes the 支出 narrative
/// lists (ExpenditureStatement.EconomicClasses; 表2 itself is carried); the 二级指标 printed empty in the target table;
/// table captions, chapters and the printed text of each figure — amounts are restated, exactly, in 万元, the unit the
/// workbook states; a derived figure the report leaves blank (a total, 调整后预算数, a rate) is computed on import.
/// </summary>
public sealed class WorkbookExportTests
{
    [Fact]
    public void The_exported_sample_passes_the_OpenXml_validator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(WorkbookExport.Write(BundledSample.Report)), isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void The_exported_sample_imports_back_to_the_same_facts()
    {
        var report = BundledSample.Report;

        var back = Imported(report);

        Assert.Equal(RoundTripFacts.Of(report), RoundTripFacts.Of(back));
    }

    [Fact]
    public void The_exported_Tianhe_report_imports_back_to_the_same_facts()
    {
        var report = TianheSample.Report;

        var back = Imported(report);

        Assert.Equal(RoundTripFacts.Of(report), RoundTripFacts.Of(back));
    }

    private static Report Imported(Report report)
    {
        var imported = WorkbookImporter.Import("导出.xlsx", WorkbookExport.Write(report), ReaderLimits.Default);
        Assert.Empty(imported.Errors);
        return imported.Report!;
    }
}
