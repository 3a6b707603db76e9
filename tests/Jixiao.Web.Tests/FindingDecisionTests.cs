using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>Decisions on findings (已说明, 误报): carried over while the finding is unchanged, scoped and checked, once per database.</summary>
public abstract class FindingDecisionTests(IDatabaseServer server)
{
    /// <summary>A figure of the bundled sample that JX2004 compares at 表3!D53 (with 888.51 万元).</summary>
    private const string Figure = "8879050";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decision_carries_over_to_an_unchanged_finding_and_not_to_a_changed_one()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        var (ruleId, fingerprint) = await Target(userA, id, 1);

        var decided = await userA.PostAsync($"/api/reports/{id}/findings/decisions", Body(ruleId, fingerprint, "explained", "表3 单位为元，已核对"), Cancel);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync("/api/reports", Upload.Form(BundledSample.Path), Cancel)).StatusCode);
        using (var second = await Json(await reviewer.GetAsync($"/api/reports/{id}/findings?version=2", Cancel)))
        {
            var decision = Finding(second, fingerprint).GetProperty("decision");
            Assert.Equal("explained", decision.GetProperty("decision").GetString());
            Assert.Equal("表3 单位为元，已核对", decision.GetProperty("text").GetString());
            Assert.Equal("天河", decision.GetProperty("by").GetString());
            Assert.Equal(1, decision.GetProperty("version").GetInt32());
            Assert.Single(second.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("decision").ValueKind != JsonValueKind.Null);
        }

        var changed = Encoding.UTF8.GetBytes(File.ReadAllText(BundledSample.Path).Replace(Figure, "8879060", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync("/api/reports", Upload.Form("改.json", changed, null), Cancel)).StatusCode);
        using (var third = await Json(await reviewer.GetAsync($"/api/reports/{id}/findings", Cancel)))
        {
            var findings = third.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            Assert.DoesNotContain(findings, f => f.GetProperty("fingerprint").GetString() == fingerprint);
            Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == ruleId
                && f.GetProperty("values").EnumerateArray().Any(v => v.GetProperty("text").GetString() == "8879060"));
            Assert.All(findings, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("decision").ValueKind));
        }

        using var first = await Json(await reviewer.GetAsync($"/api/reports/{id}/findings?version=1", Cancel));
        Assert.Equal("explained", Finding(first, fingerprint).GetProperty("decision").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task A_later_decision_replaces_the_earlier_one_and_a_reviewer_may_decide()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        var (ruleId, fingerprint) = await Target(userA, id, 1);
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/findings/decisions", Body(ruleId, fingerprint, "explained", "说明"), Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/findings/decisions", Body(ruleId, fingerprint, "false-positive", "单位换算正确，误报"), Cancel)).StatusCode);

        using var findings = await Json(await userA.GetAsync($"/api/reports/{id}/findings", Cancel));
        var decision = Finding(findings, fingerprint).GetProperty("decision");
        Assert.Equal("false-positive", decision.GetProperty("decision").GetString());
        Assert.Equal("审核员", decision.GetProperty("by").GetString());
    }

    [Fact]
    public async Task Another_department_gets_404_missing_text_400_and_an_approved_report_409()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        var (ruleId, fingerprint) = await Target(userA, id, 1);
        var decisions = $"/api/reports/{id}/findings/decisions";

        await AssertProblem(await host.Client(host.UserBToken).PostAsync(decisions, Body(ruleId, fingerprint, "explained", "说明"), Cancel), "not-found", HttpStatusCode.NotFound);
        await AssertProblem(await userA.PostAsync(decisions, Body(ruleId, fingerprint, "explained", null), Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await userA.PostAsync(decisions, Body(ruleId, fingerprint, "false-positive", "  "), Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await userA.PostAsync(decisions, Body(ruleId, fingerprint, "ignored", "说明"), Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await userA.PostAsync(decisions, Body(ruleId, "0123", "explained", "说明"), Cancel), "not-found", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel)).StatusCode);
        using (var problem = await AssertProblem(await reviewer.PostAsync(decisions, Body(ruleId, fingerprint, "explained", "说明"), Cancel), "wrong-state", HttpStatusCode.Conflict))
        {
            Assert.Equal("报告已通过", problem.RootElement.GetProperty("title").GetString());
        }

        using var findings = await Json(await userA.GetAsync($"/api/reports/{id}/findings", Cancel));
        Assert.All(findings.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("decision").ValueKind));
    }

    /// <summary>The rule id and fingerprint of the JX2004 finding that compares <see cref="Figure"/>.</summary>
    private static async Task<(string RuleId, string Fingerprint)> Target(HttpClient client, int id, int version)
    {
        using var findings = await Json(await client.GetAsync($"/api/reports/{id}/findings?version={version}", Cancel));
        var finding = findings.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("ruleId").GetString() == "JX2004" && f.GetProperty("values").EnumerateArray().Any(v => v.GetProperty("text").GetString() == Figure));
        return (finding.GetProperty("ruleId").GetString()!, finding.GetProperty("fingerprint").GetString()!);
    }

    private static JsonElement Finding(JsonDocument findings, string fingerprint) =>
        findings.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("fingerprint").GetString() == fingerprint);

    private static JsonContent Body(string ruleId, string fingerprint, string decision, string? text) =>
        JsonContent.Create(new { ruleId, fingerprint, decision, text });
}

public sealed class SqliteFindingDecisionTests(SqliteServer server) : FindingDecisionTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresFindingDecisionTests(PostgresServer server) : FindingDecisionTests(server), IClassFixture<PostgresServer>;
