using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao demo --serve`: the demo database, its accounts, and the workbench served on it.</summary>
public sealed class DemoServeTests : IDisposable
{
    private readonly Jixiao.Testing.TempFolder folder = new();

    [Fact]
    public async Task Demo_serve_prints_the_address_and_accounts_and_the_department_user_signs_in_opens_the_workbench_and_lists_the_sample()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var process = JixiaoProcess.Start(folder.Path, "demo", "--out", folder.Path, "--serve", "--urls", "http://127.0.0.1:0");
        // The last stdout line, at a line start: serve's start line on stderr ends with the same words and may come first.
        await process.WaitForOutputAsync("\n按 Ctrl+C 停止", TimeSpan.FromMinutes(4), cancel);
        var (address, accounts) = Announcement(process.Output);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
        Assert.Equal("ok", await client.GetStringAsync("/healthz", cancel));

        var (name, _, password) = accounts.Single(a => a.Role == "department");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/session")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { name, password }), Encoding.UTF8, "application/json"),
        };
        signIn.Headers.Add("X-Jixiao-Request", "1");
        var signedIn = await client.SendAsync(signIn, cancel);
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync(cancel));

        foreach (var page in new[] { "/", "/login", "/workbench.css", "/workbench.js" })
        {
            using var response = await client.GetAsync(page, cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            Assert.Empty(OfflineTests.ExternalAddresses(await response.Content.ReadAsStringAsync(cancel)));
        }

        using var reports = JsonDocument.Parse(await client.GetStringAsync("/api/reports", cancel));
        var report = Assert.Single(reports.RootElement.EnumerateArray());
        Assert.Equal(BundledSample.Load().Department, report.GetProperty("department").GetString());
        Assert.Equal(14, report.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(["admin", "department", "reviewer"], accounts.Select(a => a.Role).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(folder.PathOf(DemoDatabase.FileName)));
        process.Kill();
        Assert.DoesNotContain("Exception", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preparing_again_reuses_the_demo_database_with_new_tokens_and_one_sample()
    {
        var cancel = TestContext.Current.CancellationToken;
        var path = folder.PathOf(DemoDatabase.FileName);

        var first = await DemoDatabase.PrepareAsync(path, cancel);
        var second = await DemoDatabase.PrepareAsync(path, cancel);

        Assert.Equal(first.Select(a => (a.Name, a.Password)), second.Select(a => (a.Name, a.Password)));
        Assert.All(first.Zip(second), pair => Assert.NotEqual(pair.First.Token, pair.Second.Token));
        await using var db = await StorageConnection.Parse(path).OpenAsync(cancel);
        var store = new ReportStore(db);
        Assert.Single(await store.ReportsAsync(null, null, cancellationToken: cancel));
        Assert.NotNull(await store.FindUserByTokenAsync(first[0].Token, cancel));
        Assert.NotNull(await store.CheckPasswordAsync(first[1].Name, first[1].Password, cancel));
    }

    [Fact]
    public async Task A_database_that_is_not_a_demo_database_gets_no_demo_accounts()
    {
        var cancel = TestContext.Current.CancellationToken;
        var path = folder.PathOf(DemoDatabase.FileName);
        await using (var db = await StorageConnection.Parse(path).OpenAsync(cancel))
        {
            await new ReportStore(db).AddUserAsync("真实用户", UserRole.Admin, null, "password", cancel);
        }

        var error = await Assert.ThrowsAsync<StorageException>(() => DemoDatabase.PrepareAsync(path, cancel));

        Assert.Contains("不是演示数据库", error.Message, StringComparison.Ordinal);
        await using var check = await StorageConnection.Parse(path).OpenAsync(cancel);
        Assert.Equal(["真实用户"], check.Users.Select(u => u.Name).ToArray());
    }

    /// <summary>The workbench address and the account lines (name, role, department, password, token) `demo --serve` printed.</summary>
    private static (string Address, List<(string Name, string Role, string Password)> Accounts) Announcement(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var announced = lines.Single(l => l.StartsWith("演示工作台：", StringComparison.Ordinal));
        var accounts = lines.Select(l => l.Split('\t')).Where(f => f.Length == 5).Select(f => (f[0], f[1], f[3])).ToList();
        return (announced["演示工作台：".Length..].Split('（', ' ')[0], accounts);
    }

    public void Dispose() => folder.Dispose();
}
