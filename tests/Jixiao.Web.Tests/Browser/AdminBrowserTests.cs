using System.Text.RegularExpressions;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The 管理 pages and the version comparison in a real headless Chromium over SQLite: an admin imports departments from
/// a CSV file, sets a deadline and adds a department user; that user uploads the sample, then a copy with one changed
/// figure, and opens the comparison with the previous version, which shows the figure's old and new value.
/// </summary>
public sealed class AdminBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Unit = "广州市天河区应急管理局执法支队";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_sets_up_departments_and_a_deadline_and_a_department_compares_two_uploads()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            await new ReportStore(db).AddUserAsync("系统管理员", UserRole.Admin, null, WorkbenchBrowserTests.Password, Cancel);
        }

        var site = host.ServeOverHttp();
        using var folder = new TempFolder();

        var admin = await WorkbenchBrowserTests.SignInAsync(browser, site, "系统管理员");
        await admin.GetByRole(AriaRole.Link, new() { Name = "管理" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/admin/departments$"));
        await admin.SetInputFilesAsync("#file", folder.File("部门.csv", $"部门名称,上级部门\n{ApiHost.DepartmentA},\n{Unit},{ApiHost.DepartmentA}\n"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(admin.Locator("#import-result")).ToHaveTextAsync("已导入：1 个新增，1 个已存在，0 个更新上级部门。");
        await Expect(admin.Locator("#departments tr", new() { HasText = Unit })).ToContainTextAsync(ApiHost.DepartmentA);
        await Browser.ScreenshotAsync(admin, "admin-1-departments-imported");

        await admin.GotoAsync(new Uri(site, "/admin/deadlines").ToString());
        await admin.FillAsync("#year", "2023");
        await admin.FillAsync("#date", "2024-05-31");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.Locator("#deadline-saved")).ToHaveTextAsync("已将 2023 年度报告的截止日期设为 2024-05-31。");
        await Browser.ScreenshotAsync(admin, "admin-2-deadline-set");

        await admin.GotoAsync(new Uri(site, "/admin/users").ToString());
        await admin.FillAsync("#name", "天河填报");
        await admin.SelectOptionAsync("#role", "department");
        await admin.FillAsync("#department", ApiHost.DepartmentA);
        await admin.FillAsync("#password", WorkbenchBrowserTests.Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "新增" }).ClickAsync();
        await Expect(admin.Locator("#issued-tokens tbody tr")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(admin, "admin-3-user-added");

        var department = await WorkbenchBrowserTests.SignInAsync(browser, site, "天河填报");
        await Expect(department.GetByRole(AriaRole.Link, new() { Name = "管理" })).ToHaveCountAsync(0);
        await Browser.UploadAsync(department, site, BundledSample.Path, 1);
        await Expect(department.Locator(".jx-facts")).ToContainTextAsync("2024-05-31");
        await Browser.UploadAsync(department, site, folder.File(Path.GetFileName(BundledSample.Path), ChangedSample.Json()), 2);

        await department.GetByRole(AriaRole.Link, new() { Name = "与上一版本比较" }).ClickAsync();
        await Expect(department).ToHaveURLAsync(new Regex(@"/diff\?from=1&to=2"));
        var row = department.Locator("#figure-changes tr[data-key='expenditure.actual']");
        await Expect(row).ToContainTextAsync($"{ChangedSample.Original} 万元");
        await Expect(row).ToContainTextAsync($"{ChangedSample.Changed} 万元");
        await Browser.ScreenshotAsync(department, "admin-4-version-diff");
    }
}
