using System.Net;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>The JSON API end to end, once per database: each test on its own fresh database and server.</summary>
public abstract class ApiTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_answers_ok_without_a_token()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);

        var response = await host.Client().GetAsync("/healthz", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task No_token_or_a_bad_token_is_a_401_problem()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);

        foreach (var client in new[] { host.Client(), host.Client("not-a-token"), host.Client(host.ReviewerToken + "x") })
        {
            var response = await client.GetAsync("/api/reports", Cancel);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            await AssertProblem(response, "unauthorized");
        }
    }

    [Fact]
    public async Task Uploading_the_bundled_sample_gives_201_with_its_findings()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.ReviewerToken);

        var response = await client.PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentA), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await Json(response);
        var id = created.RootElement.GetProperty("id").GetInt32();
        Assert.Equal(1, created.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(ApiHost.DepartmentA, created.RootElement.GetProperty("department").GetString());
        Assert.Equal(2023, created.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("department-self-evaluation-report", created.RootElement.GetProperty("genre").GetString());
        Assert.Equal(14, created.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal($"/api/reports/{id}/versions/1", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);

        var findings = await client.GetAsync($"/api/reports/{id}/findings", Cancel);
        Assert.Equal(HttpStatusCode.OK, findings.StatusCode);
        Assert.Equal(response.Headers.ETag, findings.Headers.ETag);
        using var audit = await Json(findings);
        Assert.Equal(14, audit.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(14, audit.RootElement.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error"));
        Assert.Equal("tianhe-emergency-2023.json", audit.RootElement.GetProperty("file").GetString());

        using var model = await Json(await client.GetAsync($"/api/reports/{id}", Cancel));
        Assert.Equal(ApiHost.DepartmentA, model.RootElement.GetProperty("department").GetString());
        Assert.True(model.RootElement.TryGetProperty("schemaVersion", out _));
        using var facts = await Json(await client.GetAsync($"/api/reports/{id}/facts", Cancel));
        Assert.Equal(2023, facts.RootElement.GetProperty("year").GetInt32());
        using var list = await Json(await client.GetAsync("/api/reports?year=2023", Cancel));
        Assert.Equal(id, Assert.Single(list.RootElement.EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Uploading_the_shared_sample_text_gives_201_and_the_same_summary_as_its_findings()
    {
        var path = SharedFiles.SamplePath;
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.UserAToken);

        var response = await client.PostAsync("/api/reports", Upload.Form(path), Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await Json(response);
        Assert.Equal(ApiHost.DepartmentA, created.RootElement.GetProperty("department").GetString());
        using var audit = await Json(await client.GetAsync(response.Headers.Location + "/../../findings", Cancel));
        foreach (var count in new[] { "errors", "warnings", "infos" })
        {
            Assert.Equal(created.RootElement.GetProperty("summary").GetProperty(count).GetInt32(), audit.RootElement.GetProperty("summary").GetProperty(count).GetInt32());
        }
    }

    [Fact]
    public async Task Uploading_again_appends_version_2_and_keeps_version_1()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.ReviewerToken);
        using var first = await Json(await client.PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentA), Cancel));
        var id = first.RootElement.GetProperty("id").GetInt32();
        var version1 = await client.GetStringAsync($"/api/reports/{id}/versions/1", Cancel);
        var changed = File.ReadAllText(BundledSample.Path).Replace("部门整体支出绩效自评报告\",", "部门整体支出绩效自评报告（修改稿）\",", StringComparison.Ordinal);

        var again = await client.PostAsync("/api/reports", Upload.Form("修改后.json", System.Text.Encoding.UTF8.GetBytes(changed), ApiHost.DepartmentA), Cancel);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        using var second = await Json(again);
        Assert.Equal(id, second.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(2, second.RootElement.GetProperty("version").GetInt32());
        Assert.Equal($"/api/reports/{id}/versions/2", again.Headers.Location?.OriginalString);
        using var versions = await Json(await client.GetAsync($"/api/reports/{id}/versions", Cancel));
        Assert.Equal([1, 2], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["tianhe-emergency-2023.json", "修改后.json"], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("sourceFile").GetString()));
        Assert.Equal(version1, await client.GetStringAsync($"/api/reports/{id}?version=1", Cancel));
        Assert.DoesNotContain("修改稿", version1);
        Assert.Contains("修改稿", await client.GetStringAsync($"/api/reports/{id}", Cancel));
        var latest = await client.GetAsync($"/api/reports/{id}", Cancel);
        var old = await client.GetAsync($"/api/reports/{id}?version=1", Cancel);
        Assert.NotEqual(latest.Headers.ETag, old.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/reports/{id}?version=3", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_department_user_cannot_reach_another_departments_report()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var reviewer = host.Client(host.ReviewerToken);
        using var ofB = await Json(await reviewer.PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentB), Cancel));
        var b = ofB.RootElement.GetProperty("id").GetInt32();
        var userA = host.Client(host.UserAToken);
        using var ofA = await Json(await userA.PostAsync("/api/reports", Upload.Form(BundledSample.Path), Cancel));
        var a = ofA.RootElement.GetProperty("id").GetInt32();

        foreach (var path in new[] { "", "?version=1", "/versions", "/versions/1", "/findings", "/facts" })
        {
            var response = await userA.GetAsync($"/api/reports/{b}{path}", Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            await AssertProblem(response, "not-found");
            Assert.Equal(HttpStatusCode.OK, (await userA.GetAsync($"/api/reports/{a}{path}", Cancel)).StatusCode);
        }

        var upload = await userA.PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentB), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        await AssertProblem(upload, "forbidden");
        Assert.Equal([a], await Ids(userA, "/api/reports"));
        Assert.Empty(await Ids(userA, $"/api/reports?department={Uri.EscapeDataString(ApiHost.DepartmentB)}"));
        Assert.Equal([b], await Ids(host.Client(host.UserBToken), "/api/reports"));
        Assert.Equal(new[] { a, b }.Order(), (await Ids(reviewer, "/api/reports")).Order());
        Assert.Equal([b], await Ids(reviewer, $"/api/reports?department={Uri.EscapeDataString(ApiHost.DepartmentB)}"));
    }

    [Fact]
    public async Task An_unknown_department_or_an_unreadable_file_is_a_422_problem()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var reviewer = host.Client(host.ReviewerToken);

        var unknown = await reviewer.PostAsync("/api/reports", Upload.Form(BundledSample.Path, "不存在的部门"), Cancel);
        var empty = await reviewer.PostAsync("/api/reports", Upload.Form("空.txt", [], ApiHost.DepartmentA), Cancel);
        var binary = await reviewer.PostAsync("/api/reports", Upload.Form("图.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], ApiHost.DepartmentA), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        await AssertProblem(unknown, "unknown-department");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("空.txt：文件为空", (await AssertProblem(empty, "unreadable-input")).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, binary.StatusCode);
        await AssertProblem(binary, "unreadable-input");
        Assert.Empty(await Ids(reviewer, "/api/reports"));
    }
}

public sealed class SqliteApiTests(SqliteServer server) : ApiTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresApiTests(PostgresServer server) : ApiTests(server), IClassFixture<PostgresServer>;
