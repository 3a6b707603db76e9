using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>
/// Deadlines per year over the API, once per database. The server runs on the system clock, so the deadlines lie far in
/// the past or future; the exact rule at the deadline is tested in the storage tests with a manual clock.
/// </summary>
public abstract class DeadlineTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admins_set_deadlines_and_reports_show_deadline_and_overdue()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var admin = host.Client(await host.AddUserAsync("管理员", UserRole.Admin));
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        using (var before = await Json(await userA.GetAsync("/api/reports", Cancel)))
        {
            var item = Assert.Single(before.RootElement.EnumerateArray());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("deadline").ValueKind);
            Assert.False(item.GetProperty("overdue").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/deadlines/2023", new { date = "2000-05-31" }, Cancel)).StatusCode);

        using (var list = await Json(await userA.GetAsync("/api/reports", Cancel)))
        {
            var item = Assert.Single(list.RootElement.EnumerateArray());
            Assert.Equal("2000-05-31", item.GetProperty("deadline").GetString());
            Assert.True(item.GetProperty("overdue").GetBoolean());
        }

        Assert.Equal([id], await Ids(userA, "/api/reports?status=overdue"));
        Assert.Equal([id], await Ids(userA, "/api/reports?status=逾期"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/deadlines/2023", new { date = "2999-12-31" }, Cancel)).StatusCode);
        Assert.Empty(await Ids(userA, "/api/reports?status=overdue"));
        using (var workflow = await Json(await userA.GetAsync($"/api/reports/{id}/workflow", Cancel)))
        {
            Assert.Equal("2999-12-31", workflow.RootElement.GetProperty("deadline").GetString());
            Assert.False(workflow.RootElement.GetProperty("overdue").GetBoolean());
        }

        using var deadlines = await Json(await userA.GetAsync("/api/deadlines", Cancel));
        var deadline = Assert.Single(deadlines.RootElement.EnumerateArray());
        Assert.Equal(2023, deadline.GetProperty("year").GetInt32());
        Assert.Equal("2999-12-31", deadline.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Only_admins_set_deadlines_and_the_date_must_be_valid()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var admin = host.Client(await host.AddUserAsync("管理员", UserRole.Admin));

        await AssertProblem(await host.Client(host.ReviewerToken).PutAsJsonAsync("/api/deadlines/2023", new { date = "2024-05-31" }, Cancel), "forbidden", HttpStatusCode.Forbidden);
        await AssertProblem(await host.Client(host.UserAToken).PutAsJsonAsync("/api/deadlines/2023", new { date = "2024-05-31" }, Cancel), "forbidden", HttpStatusCode.Forbidden);
        await AssertProblem(await admin.PutAsJsonAsync("/api/deadlines/2023", new { date = "2024-02-30" }, Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await admin.PutAsJsonAsync("/api/deadlines/2023", new { }, Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await admin.PutAsync("/api/deadlines/2023", new StringContent("{", Encoding.UTF8, "application/json"), Cancel), "bad-request", HttpStatusCode.BadRequest);
        using var deadlines = await Json(await admin.GetAsync("/api/deadlines", Cancel));
        Assert.Empty(deadlines.RootElement.EnumerateArray());
    }
}

public sealed class SqliteDeadlineTests(SqliteServer server) : DeadlineTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDeadlineTests(PostgresServer server) : DeadlineTests(server), IClassFixture<PostgresServer>;
