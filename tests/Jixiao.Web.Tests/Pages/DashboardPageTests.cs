using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Dashboards;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// The 审核看板 page lists the reports and the outliers <see cref="RowPage.Size"/> to a page: the cards and charts count
/// every report, the pages together show each report once in the dashboard's order, and the page links keep the
/// filter; once per database.
/// </summary>
public abstract class DashboardPageTests(IDatabaseServer server)
{
    private const int Departments = 51;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_reports_and_outliers_are_paged_and_every_report_is_reachable()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await SeedAsync(host);
        var reviewer = await PageSession.SignInAsync(host, "看板审核员", UserRole.Reviewer);

        var first = await reviewer.GetAsync("/dashboard?year=2023");

        Assert.Equal($"{Departments}", first.QuerySelector("#card-reports")?.TextContent);
        Assert.NotNull(first.QuerySelector("svg#chart-execution"));
        Assert.Equal(RowPage.Size, first.QuerySelectorAll("#dashboard-reports tbody tr").Length);
        Assert.Equal($"第 1–{RowPage.Size} 份，共 {Departments} 份", first.QuerySelector("#reports-shown")?.TextContent);
        var links = first.QuerySelectorAll("#reports-pages a").ToArray();
        Assert.Equal(["1", "2"], links.Select(a => a.TextContent));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.Equal("/dashboard?year=2023&reports=2#reports-heading", links[1].GetAttribute("href"));

        var second = await reviewer.GetAsync(links[1].GetAttribute("href")!);
        Assert.Equal($"{Departments}", second.QuerySelector("#card-reports")?.TextContent);
        Assert.Equal($"第 {RowPage.Size + 1}–{Departments} 份，共 {Departments} 份", second.QuerySelector("#reports-shown")?.TextContent);
        Assert.Equal("page", second.QuerySelectorAll("#reports-pages a")[1].GetAttribute("aria-current"));
        string[] ids = [.. new[] { first, second }.SelectMany(p => p.QuerySelectorAll("#dashboard-reports tbody tr")).Select(tr => tr.GetAttribute("data-report")!)];
        Assert.Equal(Departments, ids.Distinct().Count());
        Assert.Equal(RowPage.Size, second.QuerySelectorAll("#dashboard-outliers tbody tr").Length);

        var outliers = first.QuerySelectorAll("#outliers-pages a").ToArray();
        Assert.Equal(["1", "2"], outliers.Select(a => a.TextContent));
        var lastOutliers = await reviewer.GetAsync(outliers[1].GetAttribute("href")!);
        Assert.Single(lastOutliers.QuerySelectorAll("#dashboard-outliers tbody tr"));
        Assert.Equal(RowPage.Size, lastOutliers.QuerySelectorAll("#dashboard-reports tbody tr").Length);

        var beyond = await reviewer.GetAsync("/dashboard?year=2023&reports=99");
        Assert.Equal($"第 {RowPage.Size + 1}–{Departments} 份，共 {Departments} 份", beyond.QuerySelector("#reports-shown")?.TextContent);
    }

    [Fact]
    public async Task The_page_links_keep_every_year_and_the_department_filter()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await SeedAsync(host);
        var reviewer = await PageSession.SignInAsync(host, "看板审核员", UserRole.Reviewer);

        var all = await reviewer.GetAsync("/dashboard?year=all");
        var named = await reviewer.GetAsync($"/dashboard?year=all&department={Uri.EscapeDataString(Department(7))}");

        Assert.Equal($"{Departments * 2}", all.QuerySelector("#card-reports")?.TextContent);
        Assert.Equal("/dashboard?year=all&reports=3#reports-heading", all.QuerySelectorAll("#reports-pages a")[2].GetAttribute("href"));
        Assert.Equal(2, named.QuerySelectorAll("#dashboard-reports tbody tr").Length);
        Assert.Null(named.QuerySelector("#reports-pages"));
    }

    private static string Department(int number) => $"看板部门{number:00}";

    /// <summary>The sample for <see cref="Departments"/> departments in 2022 and 2023 (every 2023 report is an outlier: its indicators equal 2022's).</summary>
    private static async Task SeedAsync(ApiHost host)
    {
        await using var db = await host.Connection.OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await store.AddUserAsync("导入", UserRole.Admin, null, null, Cancel);
        var findings = AuditedDraft.Of(BundledSample.Report, "sample.json").Draft.Findings;
        for (var d = 0; d < Departments; d++)
        {
            foreach (var year in new[] { 2022, 2023 })
            {
                await store.SaveVersionAsync(new VersionDraft(BundledSample.Report with { Department = Department(d), Year = year }, findings), user, Cancel);
            }
        }
    }
}

public sealed class SqliteDashboardPageTests(SqliteServer server) : DashboardPageTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDashboardPageTests(PostgresServer server) : DashboardPageTests(server), IClassFixture<PostgresServer>;
