using System.Net;
using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Testing;
using Jixiao.Testing.Databases;

namespace Jixiao.Web.Tests.Pages;

/// <summary>The version comparison page and the workbook template download, in memory over SQLite.</summary>
public sealed class DiffPageTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_diff_shows_the_changed_figure_and_the_new_findings_and_is_404_out_of_scope()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var second = Upload.Form(Path.GetFileName(BundledSample.Path), Encoding.UTF8.GetBytes(ChangedSample.Json()));
        using (var uploaded = await host.Client(host.UserAToken).PostAsync("/api/reports", second, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        }

        var view = await department.GetAsync($"/reports/{id}");
        Assert.Equal($"/reports/{id}/diff?from=1&to=2", view.QuerySelector("#compare-previous")?.GetAttribute("href"));
        Assert.Null((await department.GetAsync($"/reports/{id}?version=1")).QuerySelector("#compare-previous"));

        var diff = await department.GetAsync($"/reports/{id}/diff");
        var row = Assert.Single(diff.QuerySelectorAll("#figure-changes tbody tr"));
        Assert.Equal("expenditure.actual", row.GetAttribute("data-key"));
        Assert.Equal(["改动", "支出", "决算支出", "4045.94 万元", "4145.94 万元"], row.Children.Select(c => c.TextContent));
        Assert.NotEmpty(diff.QuerySelectorAll("#new-findings-heading + ul li"));
        Assert.Contains("1 个数字改动", diff.QuerySelector("#diff-summary")?.TextContent, StringComparison.Ordinal);

        var back = await department.GetAsync($"/reports/{id}/diff?from=2&to=1");
        Assert.NotEmpty(back.QuerySelectorAll("#resolved-findings-heading + ul li"));

        var outsider = await PageSession.SignInAsync(host, "越秀填报", UserRole.Department, ApiHost.DepartmentB);
        using var hidden = await outsider.Client.GetAsync($"/reports/{id}/diff", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        using var missing = await department.Client.GetAsync($"/reports/{id}/diff?from=1&to=9", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_upload_page_offers_the_department_workbook_prefilled_from_last_year()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        await Upload.SampleAsync(host.Client(host.UserAToken));

        Assert.NotNull((await department.GetAsync("/upload")).QuerySelector("#download-template"));
        using var response = await department.Client.GetAsync("/upload?handler=Template&year=2024", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{ApiHost.DepartmentA}2024年度自评工作簿.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        var workbook = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(workbook, bytes, Cancel);
        try
        {
            var (model, failure) = new Jixiao.Documents.Loading.ReportLoader().Load(workbook);
            Assert.Null(failure);
            Assert.Equal(ApiHost.DepartmentA, model!.Department);
            Assert.Equal(2024, model.Year);
            Assert.Equal(BundledSample.Report.Profile.Functions, model.Profile.Functions);
        }
        finally
        {
            File.Delete(workbook);
        }

        var wrong = await department.GetAsync("/upload?handler=Template&year=24");
        Assert.Equal("年度应为 2000 到 2100 之间的四位数", wrong.QuerySelector(".jx-message")?.TextContent);
    }
}
