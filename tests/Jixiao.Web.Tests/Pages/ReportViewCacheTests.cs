using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.ReportViews;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// The report page over the <see cref="ReportViewCache"/>: what changes (decisions, status, new versions, who may see the
/// report) shows on the next request, what never changes is built once per version, and the cache stays within its
/// size; once per database.
/// </summary>
public abstract class ReportViewCacheTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decision_and_a_status_change_on_a_cached_report_show_at_once()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        var reviewer = await PageSession.SignInAsync(host, "页面审核员", UserRole.Reviewer);
        var cache = host.Services.GetRequiredService<ReportViewCache>();

        var before = await reviewer.GetAsync($"/reports/{id}");
        var built = cache.Built;
        Assert.Empty(before.QuerySelectorAll(".jx-decision"));
        Assert.Equal("草稿", before.QuerySelector("#report-status")?.TextContent);
        var (ruleId, fingerprint) = await FirstFindingAsync(userA, id);
        var decided = await userA.PostAsync($"/api/reports/{id}/findings/decisions", JsonContent.Create(new { ruleId, fingerprint, decision = "explained", text = "已核对原始凭证" }), Cancel);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var after = await reviewer.GetAsync($"/reports/{id}");

        var decision = Assert.Single(after.QuerySelectorAll(".jx-decision"));
        Assert.Contains("已说明：已核对原始凭证", decision.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.QuerySelectorAll("table.jx-table td").Length, after.QuerySelectorAll("table.jx-table td").Length);
        Assert.Equal(built, cache.Built);

        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        var submitted = await reviewer.GetAsync($"/reports/{id}");
        Assert.Equal("财政审核", submitted.QuerySelector("#report-status")?.TextContent);
        Assert.NotNull(submitted.QuerySelector("#approve-report"));
        Assert.Equal(built, cache.Built);
    }

    [Fact]
    public async Task A_new_version_shows_at_once_and_the_old_one_stays_as_it_was()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        var reviewer = await PageSession.SignInAsync(host, "页面审核员", UserRole.Reviewer);
        var cache = host.Services.GetRequiredService<ReportViewCache>();
        var first = await reviewer.GetAsync($"/reports/{id}");
        Assert.Contains(Cells(first), text => text.Contains(ChangedSample.Original, StringComparison.Ordinal));

        using var changed = Upload.Form("改.json", Encoding.UTF8.GetBytes(ChangedSample.Json()));
        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync("/api/reports", changed, Cancel)).StatusCode);
        var second = await reviewer.GetAsync($"/reports/{id}");

        Assert.Equal("2", second.QuerySelector("#version option[selected]")?.GetAttribute("value"));
        Assert.Contains(Cells(second), text => text.Contains(ChangedSample.Changed, StringComparison.Ordinal));
        Assert.DoesNotContain(Cells(second), text => text.Contains(ChangedSample.Original, StringComparison.Ordinal));
        var built = cache.Built;
        var old = await reviewer.GetAsync($"/reports/{id}?version=1");
        Assert.Contains(Cells(old), text => text.Contains(ChangedSample.Original, StringComparison.Ordinal));
        Assert.Equal(built, cache.Built);
    }

    [Fact]
    public async Task Another_department_gets_404_for_a_cached_report()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var reviewer = await PageSession.SignInAsync(host, "页面审核员", UserRole.Reviewer);
        var other = await PageSession.SignInAsync(host, "越秀填报", UserRole.Department, ApiHost.DepartmentB);
        await reviewer.GetAsync($"/reports/{id}");

        using var page = await other.Client.GetAsync($"/reports/{id}", Cancel);
        using var version = await other.Client.GetAsync($"/reports/{id}?version=1", Cancel);
        using var missing = await reviewer.Client.GetAsync($"/reports/{id}?version=2", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_cache_stays_within_its_configured_size()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel, new Dictionary<string, string> { [ReportViewCache.CacheMegabytesKey] = "0.1" });
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        foreach (var text in new[] { ChangedSample.Json(), ChangedSample.Json().Replace(ChangedSample.Changed, "4245.94", StringComparison.Ordinal) })
        {
            using var form = Upload.Form("改.json", Encoding.UTF8.GetBytes(text));
            Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync("/api/reports", form, Cancel)).StatusCode);
        }

        var reviewer = await PageSession.SignInAsync(host, "页面审核员", UserRole.Reviewer);
        var cache = host.Services.GetRequiredService<ReportViewCache>();
        foreach (var (version, figure) in new[] { (1, ChangedSample.Original), (2, ChangedSample.Changed), (3, "4245.94"), (1, ChangedSample.Original) })
        {
            var page = await reviewer.GetAsync($"/reports/{id}?version={version}");
            Assert.Contains(Cells(page), text => text.Contains(figure, StringComparison.Ordinal));
            Assert.InRange(cache.Size, 0, cache.SizeLimit);
        }

        // A version's view (its tables alone are some 100 KB of HTML) does not fit in 0.1 MB: none is kept, each view builds anew.
        Assert.Equal((long)(0.1 * 1024 * 1024), cache.SizeLimit);
        Assert.Equal(0, cache.Count);
        Assert.Equal(4, cache.Built);
    }

    private static IEnumerable<string> Cells(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.jx-table td").Select(td => td.TextContent);

    private static async Task<(string RuleId, string Fingerprint)> FirstFindingAsync(HttpClient client, int id)
    {
        using var findings = await Json(await client.GetAsync($"/api/reports/{id}/findings", Cancel));
        var first = findings.RootElement.GetProperty("findings").EnumerateArray().First();
        return (first.GetProperty("ruleId").GetString()!, first.GetProperty("fingerprint").GetString()!);
    }
}

public sealed class SqliteReportViewCacheTests(SqliteServer server) : ReportViewCacheTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresReportViewCacheTests(PostgresServer server) : ReportViewCacheTests(server), IClassFixture<PostgresServer>;
