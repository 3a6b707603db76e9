using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>The loader (audit, extract, facts, score) reads a filled Jixiao workbook and still refuses other workbooks.</summary>
public sealed class WorkbookLoadingTests
{
    [Fact]
    public void A_filled_Jixiao_workbook_loads_like_an_import()
    {
        var bytes = ReportWorkbook.Filled(TianheSample.Report);

        var (report, failure) = new ReportLoader().Load("自评.xlsx", bytes);

        Assert.Null(failure);
        SameFigures.Assert(TianheSample.Report, report!);
        Assert.Equal("自评.xlsx", report!.File);
    }

    [Fact]
    public void Another_workbook_is_refused_as_before()
    {
        var (report, failure) = new ReportLoader().Load("报表.xlsx", PlainWorkbook.Bytes());

        Assert.Null(report);
        Assert.Equal("报表.xlsx：这是 Excel 工作簿（.xlsx）；报告请用 Word、PDF、网页或文本格式", failure!.ToString());
    }

    [Fact]
    public void A_Jixiao_workbook_with_errors_is_refused_in_one_line_naming_the_cells()
    {
        using var editor = new WorkbookEditor(TemplateWriter.Write(TemplatePrefill.Build(2024, "某局", previous: null)));
        var projects = editor.In("预算执行明细", "【项目支出】");
        projects.Set("项目名称", projects.FirstRow + 1, "执法办案经费");
        projects.Set("年初预算", projects.FirstRow + 1, "约十万");

        var (_, failure) = new ReportLoader().Load("自评.xlsx", editor.Save());

        Assert.Equal($"自评.xlsx：Jixiao 自评工作簿有 1 处错误：预算执行明细!C{projects.FirstRow + 1}：不是数字（用 jixiao import 查看全部）", failure!.ToString());
    }

    [Fact]
    public void A_workbook_over_the_size_limit_is_refused()
    {
        var bytes = ReportWorkbook.Filled(TianheSample.Report);

        var (_, failure) = new ReportLoader(ReaderLimits.Default with { MaxFileBytes = bytes.Length - 1 }).Load("自评.xlsx", bytes);

        Assert.Contains("超过上限", failure!.Message, StringComparison.Ordinal);
    }
}
