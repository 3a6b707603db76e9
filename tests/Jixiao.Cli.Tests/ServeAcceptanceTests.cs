using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Testing;
using Jixiao.Testing.Databases;

namespace Jixiao.Cli.Tests;

/// <summary>
/// The storage acceptance path end to end, once per database: `jixiao user add` on a fresh database, `jixiao serve` on
/// it, an upload of the bundled sample with the printed token, and its findings back from the API.
/// </summary>
public abstract class ServeAcceptanceTests(IDatabaseServer server)
{
    private const string TokenLabel = "API 令牌（只显示这一次，请妥善保存）：";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_user_uploads_the_sample_and_gets_its_findings()
    {
        var db = server.NewDatabase().ConnectionString;
        if (server.Provider == Data.StorageProvider.Postgres)
        {
            Cli.Run("db", "migrate", "--db", db).ExpectExit(0).ExpectNoCrash();
        }

        var added = Cli.Run("user", "add", "张三", "--role", "department", "--department", "广州市天河区应急管理局", "--db", db)
            .ExpectExit(0).ExpectNoCrash();
        var token = Assert.Single(added.OutLines)[TokenLabel.Length..];

        var app = ServeCommand.CreateApp("http://127.0.0.1:0", db);
        await using (app)
        {
            await app.StartAsync(Cancel);
            using var client = new HttpClient { BaseAddress = new Uri(Assert.Single(app.Urls)) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Jixiao.Testing.BundledSample.Path, Cancel)), "file", "tianhe-emergency-2023.json");
            using var upload = await client.PostAsync("/api/reports", form, Cancel);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            using var created = JsonDocument.Parse(await upload.Content.ReadAsStringAsync(Cancel));
            var id = created.RootElement.GetProperty("id").GetInt32();

            using var findings = JsonDocument.Parse(await client.GetStringAsync($"/api/reports/{id}/findings", Cancel));
            var rules = findings.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
            Assert.NotEmpty(rules);
            Assert.All(rules, rule => Assert.Matches("^JX[0-9]{4}$", rule));
            await app.StopAsync(Cancel);
        }
    }
}

public sealed class SqliteServeAcceptanceTests(SqliteServer server) : ServeAcceptanceTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresServeAcceptanceTests(PostgresServer server) : ServeAcceptanceTests(server), IClassFixture<PostgresServer>;
