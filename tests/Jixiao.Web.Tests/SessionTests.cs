using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Security;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>Sign-in sessions, request forgery, the sign-in rate limit and security headers, once per database.</summary>
public abstract class SessionTests(IDatabaseServer server)
{
    private const string Password = "正确的密码-123";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_cookie_that_reads_reports_and_is_recorded()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "天河-登录", UserRole.Department, ApiHost.DepartmentA);
        var client = Browser(host);

        var response = await SignInAsync(client, "天河-登录", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var body = await Json(response))
        {
            Assert.Equal("天河-登录", body.RootElement.GetProperty("name").GetString());
            Assert.Equal("department", body.RootElement.GetProperty("role").GetString());
            Assert.Equal(ApiHost.DepartmentA, body.RootElement.GetProperty("department").GetString());
        }

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionCookie.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports", Cancel)).StatusCode);
        using (var me = await Json(await client.GetAsync("/api/session", Cancel)))
        {
            Assert.Equal("天河-登录", me.RootElement.GetProperty("name").GetString());
        }

        await using var db = await host.Connection.OpenAsync(Cancel);
        Assert.Equal(1, await db.Activity.CountAsync(a => a.Action == ActivityActions.SignedIn, Cancel));
    }

    [Fact]
    public async Task A_form_sign_in_works_like_json()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "审核-登录", UserRole.Reviewer, null);
        var client = Browser(host);

        var response = await client.PostAsync("/api/session", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "审核-登录", ["password"] = Password }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "审核-登录", UserRole.Reviewer, null);
        var client = Browser(host);

        var wrong = await SignInAsync(client, "审核-登录", "错误的密码");
        var unknown = await SignInAsync(client, "没有这个人", Password);

        using var wrongProblem = await AssertProblem(wrong, "sign-in-failed", HttpStatusCode.Unauthorized);
        using var unknownProblem = await AssertProblem(unknown, "sign-in-failed", HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误", wrongProblem.RootElement.GetProperty("title").GetString());
        Assert.Equal(wrongProblem.RootElement.GetProperty("detail").GetString(), unknownProblem.RootElement.GetProperty("detail").GetString());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        await AssertProblem(await client.GetAsync("/api/reports", Cancel), "unauthorized", HttpStatusCode.Unauthorized);
        await AssertProblem(await client.GetAsync("/api/session", Cancel), "unauthorized", HttpStatusCode.Unauthorized);
        await using var db = await host.Connection.OpenAsync(Cancel);
        Assert.Equal(2, await db.Activity.CountAsync(a => a.Action == ActivityActions.SignInFailed, Cancel));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_423()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "审核-登录", UserRole.Reviewer, null);
        var client = Browser(host);

        for (var i = 1; i < ReportStore.MaxFailedSignIns; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "审核-登录", "错误的密码")).StatusCode);
        }

        var fifth = await SignInAsync(client, "审核-登录", "错误的密码");
        var right = await SignInAsync(client, "审核-登录", Password);

        await AssertProblem(fifth, "locked", HttpStatusCode.Locked);
        using var locked = await AssertProblem(right, "locked", HttpStatusCode.Locked);
        Assert.Equal("账户已锁定，请 15 分钟后再试", locked.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/reports", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "审核-登录", UserRole.Reviewer, null);
        var client = Browser(host);
        await SignInAsync(client, "审核-登录", Password);

        using var signOut = new HttpRequestMessage(HttpMethod.Delete, "/api/session");
        signOut.Headers.Add(RequestForgeryProtection.HeaderName, "1");
        var response = await client.SendAsync(signOut, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await AssertProblem(await client.GetAsync("/api/reports", Cancel), "unauthorized", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_changed_password_ends_the_sessions_signed_in_with_the_old_one()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "审核-登录", UserRole.Reviewer, null);
        var client = Browser(host);
        await SignInAsync(client, "审核-登录", Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports", Cancel)).StatusCode);

        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            await db.Users.Where(u => u.Name == "审核-登录").ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, "另一个哈希"), Cancel);
        }

        await AssertProblem(await client.GetAsync("/api/reports", Cancel), "unauthorized", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_change_with_the_cookie_needs_the_request_header_and_a_bearer_token_does_not()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "天河-登录", UserRole.Department, ApiHost.DepartmentA);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/session", new { name = "天河-登录", password = Password }, Cancel)).StatusCode);
        await SignInAsync(client, "天河-登录", Password);

        var withoutHeader = await client.PostAsync("/api/reports", Upload.Form(BundledSample.Path), Cancel);
        using var withHeader = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = Upload.Form(BundledSample.Path) };
        withHeader.Headers.Add(RequestForgeryProtection.HeaderName, "1");
        var allowed = await client.SendAsync(withHeader, Cancel);
        var bearer = await host.Client(host.UserAToken).PostAsync("/api/reports", Upload.Form(BundledSample.Path), Cancel);

        await AssertProblem(withoutHeader, "cross-site", HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bearer.StatusCode);
        using var versions = await Json(await client.GetAsync("/api/reports/1/versions", Cancel));
        Assert.Equal(2, versions.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_department_session_cannot_reach_another_departments_report()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await AddUserAsync(host, "天河-登录", UserRole.Department, ApiHost.DepartmentA);
        var ofB = await host.Client(host.ReviewerToken).PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentB), Cancel);
        using var created = await Json(ofB);
        var b = created.RootElement.GetProperty("id").GetInt32();
        var client = Browser(host);
        await SignInAsync(client, "天河-登录", Password);

        await AssertProblem(await client.GetAsync($"/api/reports/{b}", Cancel), "not-found", HttpStatusCode.NotFound);
        Assert.Empty(await Ids(client, "/api/reports"));
    }

    [Fact]
    public async Task Too_many_sign_ins_from_one_address_get_429()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = Browser(host);

        for (var i = 0; i < WebSettings.DefaultSignInsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "没有这个人", "密码")).StatusCode);
        }

        var limited = await SignInAsync(client, "没有这个人", "密码");

        using var problem = await AssertProblem(limited, "too-many-requests", HttpStatusCode.TooManyRequests);
        Assert.Equal("请求过于频繁", problem.RootElement.GetProperty("title").GetString());
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Every_response_has_the_security_headers_and_an_unknown_route_is_a_404_problem()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client();

        var responses = new[]
        {
            await client.GetAsync("/healthz", Cancel),
            await client.GetAsync("/api/reports", Cancel),
            await host.Client(host.ReviewerToken).GetAsync("/api/reports", Cancel),
            await client.GetAsync("/no-such-page", Cancel),
        };

        foreach (var response in responses)
        {
            Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        }

        await AssertProblem(responses[^1], "not-found", HttpStatusCode.NotFound);
    }

    /// <summary>A client with a cookie jar that sends the request header of Jixiao's own scripts.</summary>
    private static HttpClient Browser(ApiHost host)
    {
        var client = host.Client();
        client.DefaultRequestHeaders.Add(RequestForgeryProtection.HeaderName, "1");
        return client;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = JsonContent.Create(new { name, password }) };
        request.Headers.Add(RequestForgeryProtection.HeaderName, "1");
        return await client.SendAsync(request, Cancel);
    }

    private static async Task AddUserAsync(ApiHost host, string name, UserRole role, string? department)
    {
        await using var db = await host.Connection.OpenAsync(Cancel);
        await new ReportStore(db).AddUserAsync(name, role, department, Password, Cancel);
    }
}

public sealed class SqliteSessionTests(SqliteServer server) : SessionTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresSessionTests(PostgresServer server) : SessionTests(server), IClassFixture<PostgresServer>;
