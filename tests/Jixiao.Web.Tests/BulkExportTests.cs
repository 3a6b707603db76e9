using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Audit.Output;
using Jixiao.Domain.Facts;
using Jixiao.Documents.Json;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>`GET /api/exports/facts.csv` and `GET /api/exports/datapackage`, once per database.</summary>
public abstract class BulkExportTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Facts_csv_has_the_cli_columns_and_one_row_per_report_in_scope()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await Upload.SampleAsync(host.Client(host.UserAToken));
        await UploadAsAsync(host.Client(host.ReviewerToken), ApiHost.DepartmentB, 2023);
        await UploadAsAsync(host.Client(host.ReviewerToken), ApiHost.DepartmentB, 2022);

        var all = await Lines(await host.Client(host.ReviewerToken).GetAsync("/api/exports/facts.csv?year=2023", Cancel));
        var ofA = await Lines(await host.Client(host.UserAToken).GetAsync("/api/exports/facts.csv", Cancel));

        Assert.Equal(FactsCsv.Header, all[0]);
        Assert.Equal(3, all.Length);
        Assert.Equal([FactsCsv.Header, FactsCsv.Row(KeyFigures.Of(BundledSample.Report))], ofA);
    }

    [Fact]
    public async Task The_datapackage_describes_each_resource_with_a_schema_and_its_csv_rows_match_the_facts()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        await Upload.SampleAsync(host.Client(host.UserAToken));
        await UploadAsAsync(host.Client(host.ReviewerToken), ApiHost.DepartmentB, 2023);

        var response = await host.Client(host.ReviewerToken).GetAsync("/api/exports/datapackage?year=2023", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        using var descriptor = JsonDocument.Parse(Read(zip, "datapackage.json"));
        var root = descriptor.RootElement;
        Assert.Equal("fiscal-data-package", root.GetProperty("profile").GetString());
        Assert.Equal("2023-01-01", root.GetProperty("fiscalPeriod").GetProperty("start").GetString());
        Assert.True(root.GetProperty("model").GetProperty("measures").EnumerateObject().Any());
        var facts = KeyFigures.Of(BundledSample.Report);
        var expected = new Dictionary<string, int>
        {
            ["budgets"] = 2 * BudgetRows(facts),
            ["indicators"] = 2 * facts.Indicators.Count,
        };
        var resources = root.GetProperty("resources").EnumerateArray().ToArray();
        Assert.Equal(["budgets", "execution", "indicators"], resources.Select(r => r.GetProperty("name").GetString()));
        foreach (var resource in resources)
        {
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
            Assert.Contains("report_id", fields);
            var lines = Read(zip, resource.GetProperty("path").GetString()!).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', fields), lines[0]);
            var rows = lines.Length - 1;
            Assert.True(rows > 0, resource.GetProperty("name").GetString());
            if (expected.TryGetValue(resource.GetProperty("name").GetString()!, out var count))
            {
                Assert.Equal(count, rows);
            }
        }
    }

    /// <summary>The budget rows of one report: each stated 年初 and 调整 budget of 收入合计, 支出合计, 基本支出, 项目支出 and each project.</summary>
    private static int BudgetRows(KeyFigures f) =>
        new[] { f.Revenue.Initial, f.Revenue.Adjusted, f.Expenditure.Initial, f.Expenditure.Adjusted, f.Basic.Initial, f.Basic.Adjusted, f.ProjectSpending.Initial, f.ProjectSpending.Adjusted }
            .Concat(f.Projects.SelectMany(p => new[] { p.Initial, p.Adjusted }))
            .Count(v => v is not null);

    /// <summary>Uploads the sample as another department's report of another year.</summary>
    private static async Task UploadAsAsync(HttpClient reviewer, string department, int year)
    {
        var json = ModelJson.Serialize(BundledSample.Report with { Department = department, Year = year });
        Assert.Equal(HttpStatusCode.Created, (await reviewer.PostAsync("/api/reports", Upload.Form($"{year}.json", Encoding.UTF8.GetBytes(json), department), Cancel)).StatusCode);
    }

    private static async Task<string[]> Lines(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public sealed class SqliteBulkExportTests(SqliteServer server) : BulkExportTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresBulkExportTests(PostgresServer server) : BulkExportTests(server), IClassFixture<PostgresServer>;
