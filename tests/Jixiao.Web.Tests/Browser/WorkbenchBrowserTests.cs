using System.IO.Compression;
using System.Text.RegularExpressions;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The workbench pages in a real headless Chromium over SQLite: a department user uploads the bundled sample, sees the
/// findings, highlights a finding's figures, fixes the figure of one finding in 在线填报 and sees it go, and submits; a
/// reviewer returns it with a reason; the department sees the reason, uploads again and submits; the reviewer approves;
/// the .docx and the review letter (审核意见书) download.
/// </summary>
public sealed class WorkbenchBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    internal const string Password = "Jixiao-测试-2026";

    private const string Reason = "表3 项目支出合计与明细不符，请核对后重新上传";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_report_goes_from_upload_through_return_to_approval_in_the_browser()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUsersAsync(host);
        var site = host.ServeOverHttp();

        var department = await SignInAsync(browser, site, "天河填报");
        await department.GotoAsync(new Uri(site, "/upload").ToString());
        await department.SetInputFilesAsync("#file", BundledSample.Path);
        await department.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await department.WaitForURLAsync(new Regex(@"/reports/\d+"));
        var reportUrl = department.Url.Split('?')[0];

        var findings = department.Locator(".jx-finding:has(button.jx-show:not([disabled]))");
        Assert.True(await findings.CountAsync() > 0, "样例报告应有涉及表格数字的审核发现");
        var finding = findings.First;
        var key = (await finding.GetAttributeAsync("data-locs"))!.Split(' ')[0];
        var cell = department.Locator($"td[data-loc='{key}']").First;
        await Expect(cell).Not.ToHaveClassAsync(new Regex("jx-hit"));
        await finding.Locator("button.jx-show").ClickAsync();
        await Expect(cell).ToHaveClassAsync(new Regex("jx-hit"));
        await Expect(finding).ToHaveClassAsync(new Regex("jx-active"));
        Assert.False(string.IsNullOrEmpty(await cell.GetAttributeAsync("title")), "有发现的数字悬停时应列出其发现");
        await Browser.ScreenshotAsync(department, "1-department-finding-highlighted");

        // 在线填报: fix the one figure of JX1003 (森防办's 基本支出合计 调整后预算数 550.41 ≠ 403.52 + 0 − 146.83) and the finding goes.
        var rules = department.Locator(".jx-finding .jx-rule");
        Assert.Contains("JX1003", await rules.AllTextContentsAsync());
        await department.ClickAsync("#fill-report");
        await department.WaitForURLAsync(new Regex(@"/reports/\d+/fill$"));
        var unbalanced = department.Locator("form.jx-fill input[aria-label*='森防办'][aria-label$='" + FillPageTests.UnbalancedLabel + "']");
        await Expect(unbalanced).ToHaveValueAsync("550.41");
        await unbalanced.FillAsync("256.69");
        await Browser.ScreenshotAsync(department, "2-department-fill-form");
        await department.ClickAsync("#save-fill");
        await department.WaitForURLAsync(new Regex(@"/reports/\d+\?version=2$"));
        await Expect(department.Locator(".jx-finding").First).ToBeVisibleAsync();
        Assert.DoesNotContain("JX1003", await rules.AllTextContentsAsync());
        await Browser.ScreenshotAsync(department, "3-department-fill-saved");

        await department.ClickAsync("#submit-report");
        await Expect(department.Locator("#report-status")).ToHaveTextAsync("财政审核");

        var reviewer = await SignInAsync(browser, site, "财政审核员");
        await reviewer.GotoAsync(new Uri(site, "/queue").ToString());
        await Expect(reviewer.Locator($"a[href='{new Uri(reportUrl).AbsolutePath}']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(reviewer, "4-reviewer-queue");
        await reviewer.GotoAsync(reportUrl);
        await reviewer.FillAsync("#return-text", Reason);
        await reviewer.ClickAsync("#return-report");
        await Expect(reviewer.Locator("#report-status")).ToHaveTextAsync("已退回");

        await department.GotoAsync(new Uri(site, "/").ToString());
        await Expect(department.Locator(".jx-reason")).ToHaveTextAsync(Reason);
        await department.GotoAsync(reportUrl);
        await Expect(department.Locator("#return-reason")).ToHaveTextAsync(Reason);
        await Browser.ScreenshotAsync(department, "5-department-return-reason");
        await department.GotoAsync(new Uri(site, "/upload").ToString());
        await department.SetInputFilesAsync("#file", BundledSample.Path);
        await department.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await department.WaitForURLAsync(new Regex(@"/reports/\d+\?version=3"));
        await Expect(department.Locator("#report-status")).ToHaveTextAsync("草稿");
        await department.ClickAsync("#submit-report");
        await Expect(department.Locator("#report-status")).ToHaveTextAsync("财政审核");

        await reviewer.GotoAsync(reportUrl);
        await reviewer.ClickAsync("#approve-report");
        await Expect(reviewer.Locator("#report-status")).ToHaveTextAsync("已通过");
        await Browser.ScreenshotAsync(reviewer, "6-reviewer-approved");

        await DownloadDocxAsync(reviewer, "#download-docx", "report.docx");
        await DownloadDocxAsync(reviewer, "#download-review-letter", "review-letter.docx");
    }

    /// <summary>Clicks a download link and checks that the file is a Word document: a zip holding a non-empty word/document.xml.</summary>
    private static async Task DownloadDocxAsync(IPage page, string link, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
        var saved = Path.Combine(Browser.ScreenshotFolder, name);
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved, Cancel);
        Assert.True(bytes.Length > 1000, $"下载的 {name} 不应为空");
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var document = zip.GetEntry("word/document.xml");
        Assert.True(document is { Length: > 0 }, $"{name} 应含 word/document.xml");
    }

    [Fact]
    public async Task A_stale_form_says_the_report_was_changed_by_someone_else()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUsersAsync(host);
        var site = host.ServeOverHttp();
        var department = await SignInAsync(browser, site, "天河填报");
        await department.GotoAsync(new Uri(site, "/upload").ToString());
        await department.SetInputFilesAsync("#file", BundledSample.Path);
        await department.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await department.WaitForURLAsync(new Regex(@"/reports/\d+"));
        var reportUrl = department.Url.Split('?')[0];

        var other = await department.Context.NewPageAsync();
        await other.GotoAsync(new Uri(site, "/upload").ToString());
        await other.SetInputFilesAsync("#file", BundledSample.Path);
        await other.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await other.WaitForURLAsync(new Regex(@"version=2"));

        await department.ClickAsync("#submit-report");
        await Expect(department.Locator(".jx-message")).ToHaveTextAsync("已被他人修改，请刷新后重试");
        await Expect(department.Locator("#report-status")).ToHaveTextAsync("草稿");

        var outsider = await SignInAsync(browser, site, "越秀填报");
        var response = await outsider.GotoAsync(reportUrl);
        Assert.Equal(404, response!.Status);

        var wrong = await browser.NewPageAsync();
        await wrong.GotoAsync(new Uri(site, "/login").ToString());
        await wrong.FillAsync("#name", "天河填报");
        await wrong.FillAsync("#password", "不对的密码");
        await wrong.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(wrong.Locator(".jx-message")).ToHaveTextAsync("用户名或密码错误");
    }

    private static async Task AddUsersAsync(ApiHost host)
    {
        await using var db = await host.Connection.OpenAsync(Cancel);
        var store = new ReportStore(db);
        await store.AddUserAsync("天河填报", UserRole.Department, ApiHost.DepartmentA, Password, Cancel);
        await store.AddUserAsync("越秀填报", UserRole.Department, ApiHost.DepartmentB, Password, Cancel);
        await store.AddUserAsync("财政审核员", UserRole.Reviewer, null, Password, Cancel);
    }

    /// <summary>A new browser context (its own cookies) signed in as <paramref name="name"/> through the 登录 page.</summary>
    internal static async Task<IPage> SignInAsync(IBrowser browser, Uri site, string name)
    {
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site, "/").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator(".jx-signout")).ToContainTextAsync(name);
        return page;
    }
}
