using System.Text.RegularExpressions;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The 审核看板 in a real headless Chromium over SQLite: after a department user uploads the bundled sample, a reviewer
/// opens the dashboard from the navigation, sees the department's row with its charts and 结果应用 suggestion, and clicks
/// through to the report page.
/// </summary>
public sealed class DashboardBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reviewer_finds_an_uploaded_report_on_the_dashboard_and_opens_it()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            var store = new ReportStore(db);
            await store.AddUserAsync("天河填报", UserRole.Department, ApiHost.DepartmentA, WorkbenchBrowserTests.Password, Cancel);
            await store.AddUserAsync("财政审核员", UserRole.Reviewer, null, WorkbenchBrowserTests.Password, Cancel);
        }

        var site = host.ServeOverHttp();
        var department = await WorkbenchBrowserTests.SignInAsync(browser, site, "天河填报");
        await Expect(department.Locator("header nav a[href='/dashboard']")).ToHaveCountAsync(0);
        await department.GotoAsync(new Uri(site, "/upload").ToString());
        await department.SetInputFilesAsync("#file", BundledSample.Path);
        await department.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await department.WaitForURLAsync(new Regex(@"/reports/\d+"));
        var reportPath = new Uri(department.Url).AbsolutePath;

        var reviewer = await WorkbenchBrowserTests.SignInAsync(browser, site, "财政审核员");
        await reviewer.Locator("header nav a[href='/dashboard']").ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex("/dashboard$"));
        await Expect(reviewer.Locator("#card-reports")).ToHaveTextAsync("1");
        await Expect(reviewer.Locator("svg#chart-execution")).ToBeVisibleAsync();
        await Expect(reviewer.Locator("svg#chart-rules rect").First).ToBeVisibleAsync();
        var row = reviewer.Locator("#dashboard-reports tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").First).ToHaveTextAsync(ApiHost.DepartmentA);
        await Expect(row.Locator("td").Last).ToHaveTextAsync(new Regex("依据|无等级"));
        await Browser.ScreenshotAsync(reviewer, "dashboard-1-reviewer");

        await row.GetByRole(AriaRole.Link, new() { Name = ApiHost.DepartmentA }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex(Regex.Escape(reportPath) + "$"));
        await Expect(reviewer.Locator("#report-status")).ToHaveTextAsync("草稿");
        await Browser.ScreenshotAsync(reviewer, "dashboard-2-report");
    }
}
