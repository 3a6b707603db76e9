using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Entities;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>
/// 主管部门审核: a 下属单位's report goes to its 主管部门 first, then to 财政审核; once per database. The sub-unit is a
/// 下属单位 of department A, so user A is its 主管部门 user.
/// </summary>
public abstract class ParentReviewTests(IDatabaseServer server)
{
    private const string SubUnit = "广州市天河区应急管理局下属事务中心";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sub_unit_report_passes_the_parent_then_the_reviewer()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var sub = host.Client(await host.AddUserAsync("事务中心", UserRole.Department, SubUnit, ApiHost.DepartmentA));
        var parent = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(sub);

        Assert.Equal("parent-review", await Status(await sub.PostAsync($"/api/reports/{id}/submit", null, Cancel)));
        Assert.Equal([id], await Ids(parent, "/api/reports?status=parent-review"));
        Assert.Equal([id], await Ids(parent, "/api/reports?status=主管部门审核"));
        Assert.Empty(await Ids(reviewer, "/api/reports?status=submitted"));
        Assert.Equal("submitted", await Status(await parent.PostAsync($"/api/reports/{id}/approve", null, Cancel)));
        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=财政审核"));
        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=已提交"));
        await AssertProblem(await parent.PostAsync($"/api/reports/{id}/approve", null, Cancel), "forbidden", HttpStatusCode.Forbidden);
        Assert.Equal("approved", await Status(await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel)));

        using var workflow = await Json(await sub.GetAsync($"/api/reports/{id}/workflow", Cancel));
        Assert.Equal(
            ["draft>parent-review", "parent-review>submitted", "submitted>approved"],
            workflow.RootElement.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("from").GetString()}>{s.GetProperty("to").GetString()}"));
    }

    [Fact]
    public async Task The_parent_returns_with_a_reason_and_the_sub_unit_resubmits()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var sub = host.Client(await host.AddUserAsync("事务中心", UserRole.Department, SubUnit, ApiHost.DepartmentA));
        var parent = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(sub);
        Assert.Equal(HttpStatusCode.OK, (await sub.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);

        await AssertProblem(await parent.PostAsync($"/api/reports/{id}/return", null, Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await sub.PostAsync($"/api/reports/{id}/approve", null, Cancel), "forbidden", HttpStatusCode.Forbidden);
        Assert.Equal("returned", await Status(await parent.PostAsync($"/api/reports/{id}/return", JsonContent.Create(new { reason = "佐证材料不全" }), Cancel)));
        Assert.Equal("parent-review", await Status(await sub.PostAsync($"/api/reports/{id}/submit", null, Cancel)));

        using var workflow = await Json(await parent.GetAsync($"/api/reports/{id}/workflow", Cancel));
        var steps = workflow.RootElement.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["parent-review", "returned", "parent-review"], steps.Select(s => s.GetProperty("to").GetString()));
        Assert.Equal("佐证材料不全", steps[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_reviewer_acting_during_parent_review_gets_409_and_an_unrelated_department_404()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var sub = host.Client(await host.AddUserAsync("事务中心", UserRole.Department, SubUnit, ApiHost.DepartmentA));
        var reviewer = host.Client(host.ReviewerToken);
        var userB = host.Client(host.UserBToken);
        var id = await Upload.SampleAsync(sub);
        Assert.Equal(HttpStatusCode.OK, (await sub.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);

        using (var problem = await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel), "wrong-state", HttpStatusCode.Conflict))
        {
            Assert.Equal("报告在主管部门审核中", problem.RootElement.GetProperty("title").GetString());
        }

        await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/return", JsonContent.Create(new { reason = "理由" }), Cancel), "wrong-state", HttpStatusCode.Conflict);
        foreach (var action in new[] { "submit", "return", "approve" })
        {
            await AssertProblem(await userB.PostAsync($"/api/reports/{id}/{action}", JsonContent.Create(new { reason = "理由" }), Cancel), "not-found", HttpStatusCode.NotFound);
        }

        await AssertProblem(await userB.GetAsync($"/api/reports/{id}/workflow", Cancel), "not-found", HttpStatusCode.NotFound);
        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=parent-review"));
    }

    private static async Task<string?> Status(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await Json(response);
        return body.RootElement.GetProperty("status").GetString();
    }
}

public sealed class SqliteParentReviewTests(SqliteServer server) : ParentReviewTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresParentReviewTests(PostgresServer server) : ParentReviewTests(server), IClassFixture<PostgresServer>;
