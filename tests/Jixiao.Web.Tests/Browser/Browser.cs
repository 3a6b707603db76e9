using System.Text.RegularExpressions;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download): headless, sandbox and GPU off. Missing Chromium skips
/// the test locally and fails it in CI (JIXIAO_REQUIRE_ALL=1). Assertions wait up to 30 s, as actions do. Screenshots go to TestResults/screenshots beside the
/// test binaries.
/// </summary>
internal static class Browser
{
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Chromium.Executable;
        if (executable is null)
        {
            ExternalRequirement.Missing("Chromium（apt 包 chromium）");
        }

        // Expect(…) waits 5 s by default: too short for a first render on a loaded 2-core CI machine; actions wait 30 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>Uploads <paramref name="path"/> on the 上传报告 page and waits for the report page of version <paramref name="version"/>.</summary>
    public static async Task UploadAsync(IPage page, Uri site, string path, int version)
    {
        await page.GotoAsync(new Uri(site, "/upload").ToString());
        await page.SetInputFilesAsync("#file", path);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并审核" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/reports/\d+\?version={version}$"));
    }

    /// <summary>Saves a full-page screenshot as <paramref name="name"/>.png and prints where.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"截图：{path}");
        TestContext.Current.TestOutputHelper?.WriteLine($"截图：{path}");
    }
}
