using Jixiao.Documents.Json;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>
/// A workbook opened and saved again by LibreOffice Calc (shared strings, cached formula results, its own styles) imports
/// to the same model. Needs LibreOffice Calc: skipped locally when it is missing, failed in CI.
/// </summary>
public sealed class CalcRoundTripTests
{
    [Fact]
    public void Sample_workbook_resaved_by_Calc_imports_to_the_same_model()
    {
        using var folder = new TempFolder();
        using var output = new TempFolder();
        var original = folder.File("自评工作簿.xlsx", ReportWorkbook.Filled(TianheSample.Report));

        var resaved = ResavedByCalc(original, output.Path);

        var before = Import(File.ReadAllBytes(original));
        var after = Import(resaved);
        Assert.Equal(ModelJson.Serialize(before), ModelJson.Serialize(after));
        using var editor = new WorkbookEditor(resaved);
        var projects = editor.In("预算执行明细", "【项目支出】");
        Assert.True(editor.HasFormula("预算执行明细", projects.Cell("支出率", projects.FirstRow + 1)));
        Assert.NotNull(editor.Text("预算执行明细", projects.Cell("支出率", projects.FirstRow + 1)));
    }

    [Fact]
    public void Blank_template_resaved_by_Calc_imports_without_errors()
    {
        using var folder = new TempFolder();
        using var output = new TempFolder();
        var original = folder.File("模板.xlsx", TemplateWriter.Write(TemplatePrefill.Build(2024, "某区某局", previous: null)));

        var report = Import(ResavedByCalc(original, output.Path));

        Assert.Equal(("某区某局", 2024), (report.Department, report.Year));
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code == ReadingCodes.FormulaMismatch);
    }

    /// <summary>Converts with Calc; skips (locally) or fails (CI) when LibreOffice or its Calc module is not installed.</summary>
    private static byte[] ResavedByCalc(string workbook, string outputDirectory)
    {
        var program = LibreOffice.Executable is { } soffice ? Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice) : null;
        if (program is null || !File.Exists(Path.Combine(program, "libsclo.so")))
        {
            ExternalRequirement.Missing("LibreOffice Calc（soffice 的电子表格模块，apt 包 libreoffice-calc-nogui）");
        }

        return File.ReadAllBytes(LibreOffice.Convert(workbook, "xlsx", outputDirectory));
    }

    private static Report Import(byte[] workbook)
    {
        var result = WorkbookImporter.Import("自评工作簿.xlsx", workbook, ReaderLimits.Default);
        Assert.True(result.Report is not null, string.Join("\n", result.Errors));
        return result.Report!;
    }
}
