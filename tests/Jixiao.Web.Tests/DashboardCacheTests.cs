using System.Net;
using System.Net.Http.Headers;
using Jixiao.Testing.Databases;
using Jixiao.Web.Dashboards;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>`GET /api/dashboard` answered from the <see cref="DashboardCache"/>: ETag/304, never stale, scope in the key; once per database.</summary>
public abstract class DashboardCacheTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Identical_requests_get_the_same_etag_and_if_none_match_gets_304_without_recomputing()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await Upload.SampleAsync(host.Client(host.UserAToken));
        var reviewer = host.Client(host.ReviewerToken);
        var cache = host.Services.GetRequiredService<DashboardCache>();

        using var first = await reviewer.GetAsync("/api/dashboard?year=2023", Cancel);
        var computed = cache.Computed;
        using var second = await reviewer.GetAsync("/api/dashboard?year=2023", Cancel);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var etag = Assert.IsType<EntityTagHeaderValue>(first.Headers.ETag);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(computed, cache.Computed);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        Assert.StartsWith("application/json", second.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard?year=2023");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await reviewer.SendAsync(conditional, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        using var otherYear = await reviewer.GetAsync("/api/dashboard?year=2022", Cancel);
        Assert.NotEqual(etag, otherYear.Headers.ETag);
    }

    [Fact]
    public async Task An_upload_or_a_workflow_step_shows_on_the_next_request()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        using var empty = await reviewer.GetAsync("/api/dashboard?year=2023", Cancel);
        using (var body = await Json(empty))
        {
            Assert.Empty(body.RootElement.GetProperty("items").EnumerateArray());
        }

        var id = await Upload.SampleAsync(userA);
        using var uploaded = await reviewer.GetAsync("/api/dashboard?year=2023", Cancel);
        Assert.NotEqual(empty.Headers.ETag, uploaded.Headers.ETag);
        using (var body = await Json(uploaded))
        {
            Assert.Equal("draft", Assert.Single(body.RootElement.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard?year=2023");
        conditional.Headers.IfNoneMatch.Add(uploaded.Headers.ETag!);
        using var submitted = await reviewer.SendAsync(conditional, Cancel);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using (var body = await Json(submitted))
        {
            Assert.Equal("submitted", Assert.Single(body.RootElement.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_department_user_never_gets_the_reviewers_cached_dashboard()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await Upload.SampleAsync(host.Client(host.UserAToken));

        using var ofReviewer = await host.Client(host.ReviewerToken).GetAsync("/api/dashboard?year=2023", Cancel);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard?year=2023");
        conditional.Headers.IfNoneMatch.Add(ofReviewer.Headers.ETag!);
        using var ofB = await host.Client(host.UserBToken).SendAsync(conditional, Cancel);
        using var ofA = await host.Client(host.UserAToken).GetAsync("/api/dashboard?year=2023", Cancel);

        Assert.Equal(HttpStatusCode.OK, ofB.StatusCode);
        Assert.NotEqual(ofReviewer.Headers.ETag, ofB.Headers.ETag);
        using (var body = await Json(ofB))
        {
            Assert.Empty(body.RootElement.GetProperty("items").EnumerateArray());
        }

        Assert.NotEqual(ofReviewer.Headers.ETag, ofA.Headers.ETag);
        using (var body = await Json(ofA))
        {
            Assert.Single(body.RootElement.GetProperty("items").EnumerateArray());
        }
    }
}

public sealed class SqliteDashboardCacheTests(SqliteServer server) : DashboardCacheTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDashboardCacheTests(PostgresServer server) : DashboardCacheTests(server), IClassFixture<PostgresServer>;
