using System.Diagnostics;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.ResultApplication;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Jixiao.Web.Dashboards;

namespace Jixiao.Web.Tests;

/// <summary>
/// How the dashboard scales: 500 departments × 3 years of the sample (digest columns written on save), built cold (first
/// query after seeding) and warm. Explicit: seeding takes minutes; run with `--filter DashboardScale` and read the timings
/// in the output. The load benchmark over HTTP is bench/Jixiao.LoadBench.
/// </summary>
public abstract class DashboardScaleTests(IDatabaseServer server)
{
    private const int Departments = 500;
    private static readonly int[] Years = [2021, 2022, 2023];

    [Fact(Explicit = true)]
    public async Task The_dashboard_of_500_departments_over_3_years()
    {
        var cancel = TestContext.Current.CancellationToken;
        var connection = server.NewDatabase();
        await connection.MigrateAsync(cancel);
        await using var db = await connection.OpenAsync(cancel);
        var store = new ReportStore(db);
        var user = await store.AddUserAsync("导入", UserRole.Admin, null, null, cancel);
        var findings = AuditedDraft.Of(BundledSample.Report, "sample.json").Draft.Findings;
        var seeding = Stopwatch.StartNew();
        for (var d = 0; d < Departments; d++)
        {
            foreach (var year in Years)
            {
                var model = BundledSample.Report with { Department = $"测试部门{d:000}", Year = year };
                await store.SaveVersionAsync(new VersionDraft(model, findings), user, cancel);
            }
        }

        Log($"seeded {Departments * Years.Length} versions in {seeding.Elapsed.TotalSeconds:0.0} s");
        var dashboard = new Dashboard(store, ResultApplicationReader.Default);
        foreach (var (label, year) in new (string, int?)[] { ("cold, all years", null), ("warm, all years", null), ("warm, 2023", 2023) })
        {
            db.ChangeTracker.Clear();
            var timer = Stopwatch.StartNew();
            var view = await dashboard.BuildAsync(null, year, cancel);
            Log($"{label}: {view.Items.Count} items, {view.Outliers.Count} outliers in {timer.ElapsedMilliseconds} ms");
            Assert.Equal(Departments * (year is null ? Years.Length : 1), view.Items.Count);
        }
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}

public sealed class SqliteDashboardScaleTests(SqliteServer server) : DashboardScaleTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDashboardScaleTests(PostgresServer server) : DashboardScaleTests(server), IClassFixture<PostgresServer>;
