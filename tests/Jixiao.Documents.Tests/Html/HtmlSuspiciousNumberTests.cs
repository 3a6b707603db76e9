using System.Text;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.Html;

/// <summary>OCR-suspicious figures are reported from web-page tables as they are from text tables.</summary>
public sealed class HtmlSuspiciousNumberTests
{
    [Fact]
    public void A_letter_inside_a_figure_of_a_web_table_is_reported_not_corrected()
    {
        const string page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年度测试局部门整体支出绩效自评报告</title></head>
            <body><h1>2023年度测试局部门整体支出绩效自评报告</h1>
            <p>一、部门基本情况</p>
            <table><tr><td>指标</td><td>指标值</td></tr><tr><td>检查企业数量</td><td>1O家</td></tr></table>
            </body></html>
            """;
        var (report, failure) = new ReportLoader().Load("page.html", Encoding.UTF8.GetBytes(page));
        Assert.Null(failure);
        var problem = Assert.Single(report!.ReadingProblems, p => p.Code == ReadingCodes.SuspiciousNumber);
        Assert.Contains("1O", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Location.Line);
    }
}
