using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>The review workflow (submit, return, approve), its status codes and `If-Match`, once per database.</summary>
public abstract class WorkflowTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_report_goes_from_draft_through_submitted_to_approved()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=draft"));

        var submitted = await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using (var body = await Json(submitted))
        {
            Assert.Equal("submitted", body.RootElement.GetProperty("status").GetString());
        }

        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=submitted"));
        Assert.Empty(await Ids(reviewer, "/api/reports?status=draft"));
        var approved = await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal([id], await Ids(userA, "/api/reports?status=approved"));
        using var workflow = await Json(await userA.GetAsync($"/api/reports/{id}/workflow", Cancel));
        Assert.Equal("approved", workflow.RootElement.GetProperty("status").GetString());
        Assert.Equal(
            ["draft>submitted", "submitted>approved"],
            workflow.RootElement.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("from").GetString()}>{s.GetProperty("to").GetString()}"));
        await AssertProblem(await reviewer.GetAsync("/api/reports?status=unknown", Cancel), "bad-request", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_action_in_the_wrong_state_is_a_409_naming_the_state()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);

        using (var problem = await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel), "wrong-state", HttpStatusCode.Conflict))
        {
            Assert.Equal("报告草稿", problem.RootElement.GetProperty("title").GetString());
        }

        await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/return", Reason("理由"), Cancel), "wrong-state", HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        using (var problem = await AssertProblem(await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel), "wrong-state", HttpStatusCode.Conflict))
        {
            Assert.Equal("报告在财政审核中", problem.RootElement.GetProperty("title").GetString());
        }

        using (var problem = await AssertProblem(await userA.PostAsync("/api/reports", Upload.Form("改.json", Changed("改"), null), Cancel), "wrong-state", HttpStatusCode.Conflict))
        {
            Assert.StartsWith("已提交的版本不能修改", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/return", null, Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/return", Reason("  "), Cancel), "bad-request", HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel)).StatusCode);
        await AssertProblem(await userA.PostAsync("/api/reports", Upload.Form("改.json", Changed("改"), null), Cancel), "wrong-state", HttpStatusCode.Conflict);
        await AssertProblem(await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel), "wrong-state", HttpStatusCode.Conflict);
        using var versions = await Json(await reviewer.GetAsync($"/api/reports/{id}/versions", Cancel));
        Assert.Single(versions.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Department_users_cannot_return_or_approve_and_reviewers_cannot_submit()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);

        await AssertProblem(await reviewer.PostAsync($"/api/reports/{id}/submit", null, Cancel), "forbidden", HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        await AssertProblem(await userA.PostAsync($"/api/reports/{id}/return", Reason("自己退回"), Cancel), "forbidden", HttpStatusCode.Forbidden);
        await AssertProblem(await userA.PostAsync($"/api/reports/{id}/approve", null, Cancel), "forbidden", HttpStatusCode.Forbidden);
        Assert.Equal([id], await Ids(reviewer, "/api/reports?status=submitted"));
    }

    [Fact]
    public async Task A_department_user_of_another_department_gets_404_on_every_workflow_endpoint()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var userB = host.Client(host.UserBToken);

        foreach (var action in new[] { "submit", "return", "approve" })
        {
            await AssertProblem(await userB.PostAsync($"/api/reports/{id}/{action}", Reason("理由"), Cancel), "not-found", HttpStatusCode.NotFound);
        }

        await AssertProblem(await userB.GetAsync($"/api/reports/{id}/workflow", Cancel), "not-found", HttpStatusCode.NotFound);
        Assert.Equal([id], await Ids(host.Client(host.ReviewerToken), "/api/reports?status=draft"));
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_and_the_current_ETag_or_none_is_accepted()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        var first = (await userA.GetAsync($"/api/reports/{id}", Cancel)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Created, (await userA.SendAsync(Post("/api/reports", first, Upload.Form("改.json", Changed("改"), null)), Cancel)).StatusCode);
        var second = (await userA.GetAsync($"/api/reports/{id}", Cancel)).Headers.ETag!.Tag;

        await AssertProblem(await userA.SendAsync(Post("/api/reports", first, Upload.Form("再改.json", Changed("再改"), null)), Cancel), "stale", HttpStatusCode.PreconditionFailed);
        await AssertProblem(await userA.SendAsync(Post($"/api/reports/{id}/submit", first), Cancel), "stale", HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await userA.SendAsync(Post($"/api/reports/{id}/submit", second), Cancel)).StatusCode);
        await AssertProblem(await reviewer.SendAsync(Post($"/api/reports/{id}/approve", first), Cancel), "stale", HttpStatusCode.PreconditionFailed);
        await AssertProblem(await reviewer.SendAsync(Post($"/api/reports/{id}/return", first, Reason("理由")), Cancel), "stale", HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.SendAsync(Post($"/api/reports/{id}/approve", second), Cancel)).StatusCode);
        using var versions = await Json(await reviewer.GetAsync($"/api/reports/{id}/versions", Cancel));
        Assert.Equal([1, 2], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Versions_survive_edit_submit_return_and_reupload()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync("/api/reports", Upload.Form("修改稿.json", Changed("修改稿"), null), Cancel)).StatusCode);
        var before = new[] { await userA.GetStringAsync($"/api/reports/{id}/versions/1", Cancel), await userA.GetStringAsync($"/api/reports/{id}/versions/2", Cancel) };
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/return", Reason("绩效指标未量化"), Cancel)).StatusCode);
        Assert.Equal([id], await Ids(userA, "/api/reports?status=returned"));

        var again = await userA.PostAsync("/api/reports", Upload.Form("退回后.json", Changed("退回后"), null), Cancel);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal($"/api/reports/{id}/versions/3", again.Headers.Location?.OriginalString);
        Assert.Equal([id], await Ids(userA, "/api/reports?status=draft"));
        Assert.Equal(before[0], await userA.GetStringAsync($"/api/reports/{id}/versions/1", Cancel));
        Assert.Equal(before[1], await userA.GetStringAsync($"/api/reports/{id}/versions/2", Cancel));
        Assert.Contains("退回后", await userA.GetStringAsync($"/api/reports/{id}/versions/3", Cancel));
        using var versions = await Json(await userA.GetAsync($"/api/reports/{id}/versions", Cancel));
        Assert.Equal(["tianhe-emergency-2023.json", "修改稿.json", "退回后.json"], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("sourceFile").GetString()));
        using var workflow = await Json(await userA.GetAsync($"/api/reports/{id}/workflow", Cancel));
        var steps = workflow.RootElement.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["submitted", "returned", "draft"], steps.Select(s => s.GetProperty("to").GetString()));
        Assert.Equal("绩效指标未量化", steps[1].GetProperty("reason").GetString());
        Assert.Equal([2, 2, 3], steps.Select(s => s.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
    }

    /// <summary>The bundled sample with its title marked, so that it is a different version of the same report.</summary>
    private static byte[] Changed(string mark) =>
        Encoding.UTF8.GetBytes(File.ReadAllText(BundledSample.Path).Replace("部门整体支出绩效自评报告\",", $"部门整体支出绩效自评报告（{mark}）\",", StringComparison.Ordinal));

    private static JsonContent Reason(string reason) => JsonContent.Create(new { reason });

    private static HttpRequestMessage Post(string path, string ifMatch, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}

public sealed class SqliteWorkflowTests(SqliteServer server) : WorkflowTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresWorkflowTests(PostgresServer server) : WorkflowTests(server), IClassFixture<PostgresServer>;
