using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>`GET /api/dashboard` and `GET /api/reports/{id}/result-application`, once per database.</summary>
public abstract class DashboardTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_dashboard_lists_the_latest_version_with_scores_findings_result_application_and_links()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));

        using var dashboard = await Json(await host.Client(host.ReviewerToken).GetAsync("/api/dashboard?year=2023", Cancel));

        var item = Assert.Single(dashboard.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetInt32());
        Assert.Equal(ApiHost.DepartmentA, item.GetProperty("department").GetString());
        Assert.Equal("draft", item.GetProperty("status").GetString());
        Assert.False(item.GetProperty("overdue").GetBoolean());
        Assert.Equal(KeyFigures.Of(BundledSample.Report).Expenditure.ExecutionRate, item.GetProperty("executionRate").GetDecimal());
        var findings = item.GetProperty("findings");
        Assert.Equal(14, findings.GetProperty("errors").GetInt32());
        var byRule = findings.GetProperty("byRule").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.True(byRule["JX1003"] > 0);
        Assert.Equal(findings.GetProperty("errors").GetInt32() + findings.GetProperty("warnings").GetInt32() + findings.GetProperty("infos").GetInt32(), byRule.Values.Sum());
        Assert.Equal($"/api/reports/{id}", item.GetProperty("links").GetProperty("api").GetString());
        Assert.Equal($"/reports/{id}", item.GetProperty("links").GetProperty("page").GetString());
        Assert.True(item.TryGetProperty("score", out var score) && score.TryGetProperty("recomputed", out _));

        var totals = dashboard.RootElement.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("reports").GetInt32());
        Assert.Equal(byRule.Count, totals.GetProperty("byRule").GetArrayLength());
        var rule = dashboard.RootElement.GetProperty("resultApplicationRule");
        Assert.False(rule.GetProperty("confirmed").GetBoolean());
        Assert.NotEmpty(rule.GetProperty("basis").EnumerateArray());
    }

    [Fact]
    public async Task A_department_user_sees_only_their_scope_and_an_unknown_department_lists_nothing()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await Upload.SampleAsync(host.Client(host.UserAToken));

        using var ofA = await Json(await host.Client(host.UserAToken).GetAsync("/api/dashboard", Cancel));
        using var ofB = await Json(await host.Client(host.UserBToken).GetAsync("/api/dashboard", Cancel));
        using var named = await Json(await host.Client(host.UserBToken).GetAsync($"/api/dashboard?department={Uri.EscapeDataString(ApiHost.DepartmentA)}", Cancel));

        Assert.Single(ofA.RootElement.GetProperty("items").EnumerateArray());
        Assert.Empty(ofB.RootElement.GetProperty("items").EnumerateArray());
        Assert.Empty(named.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(0, ofB.RootElement.GetProperty("totals").GetProperty("reports").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client().GetAsync("/api/dashboard", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Targets_unchanged_from_last_years_report_are_an_outlier_linking_to_the_report()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.UserAToken);
        var lastYear = ModelJson.Serialize(BundledSample.Report with { Year = 2022 });
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/reports", Upload.Form("2022.json", Encoding.UTF8.GetBytes(lastYear)), Cancel)).StatusCode);
        var id = await Upload.SampleAsync(client);

        using var dashboard = await Json(await host.Client(host.ReviewerToken).GetAsync("/api/dashboard?year=2023", Cancel));

        Assert.Single(dashboard.RootElement.GetProperty("items").EnumerateArray());
        var outlier = Assert.Single(dashboard.RootElement.GetProperty("outliers").EnumerateArray(), o => o.GetProperty("kind").GetString() == "same-targets-as-last-year");
        Assert.Equal(id, outlier.GetProperty("reportId").GetInt32());
        Assert.Contains("2022 年报告相同", outlier.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(KeyFigures.Of(BundledSample.Report).Indicators.Count(i => !string.IsNullOrWhiteSpace(i.Target)), outlier.GetProperty("indicators").GetArrayLength());
        Assert.Equal($"/reports/{id}", outlier.GetProperty("links").GetProperty("page").GetString());
    }

    [Fact]
    public async Task Result_application_gives_the_suggestion_for_the_grade_with_its_basis_and_is_never_applied()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));

        var response = await host.Client(host.ReviewerToken).GetAsync($"/api/reports/{id}/result-application", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = await Json(response);
        var root = answer.RootElement;
        Assert.False(root.GetProperty("applied").GetBoolean());
        Assert.Equal(4, root.GetProperty("rule").GetProperty("grades").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("rule").GetProperty("basis").EnumerateArray());
        var grade = root.GetProperty("score").GetProperty("grade").GetString() ?? root.GetProperty("score").GetProperty("statedGrade").GetString();
        if (grade is null)
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty("suggestion").ValueKind);
        }
        else
        {
            Assert.Equal(grade, root.GetProperty("suggestion").GetProperty("grade").GetString());
        }

        await AssertProblem(await host.Client(host.UserBToken).GetAsync($"/api/reports/{id}/result-application", Cancel), "not-found", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_configured_rule_file_replaces_the_default_and_a_broken_one_is_a_500_problem()
    {
        using var folder = new TempFolder();
        var file = folder.File("结果应用.json", """{"name":"test","basis":["测试依据"],"grades":[{"grade":"优","action":"prioritise","suggestion":"优先","detail":""}]}""");
        await using var host = await ApiHost.StartAsync(server, Cancel, new Dictionary<string, string> { ["ResultApplication:File"] = file });
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));

        using (var answer = await Json(await host.Client(host.ReviewerToken).GetAsync($"/api/reports/{id}/result-application", Cancel)))
        {
            Assert.Equal("test", answer.RootElement.GetProperty("rule").GetProperty("name").GetString());
        }

        File.WriteAllText(file, "{");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        await AssertProblem(await host.Client(host.ReviewerToken).GetAsync("/api/dashboard", Cancel), "misconfigured", HttpStatusCode.InternalServerError);
    }
}

public sealed class SqliteDashboardTests(SqliteServer server) : DashboardTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDashboardTests(PostgresServer server) : DashboardTests(server), IClassFixture<PostgresServer>;
