using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Documents.Json;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

/// <summary>
/// Data safety under kill -9, once per database: `jixiao serve` runs as a real process while uploads of the sample go on,
/// is killed with SIGKILL mid-way and restarted, a few rounds. Afterwards every version is whole (model JSON that
/// reads back, findings matching its summary), the version numbers run 1..n without a gap, every upload answered 201
/// is there, and the restarted server takes one more upload.
/// </summary>
public abstract class ServeKillTests(IDatabaseServer server) : IDisposable
{
    private const int Rounds = 3;

    private readonly TempFolder folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_the_server_mid_upload_leaves_only_whole_versions()
    {
        var db = server.NewDatabase();
        if (server.Provider == StorageProvider.Postgres)
        {
            Cli.Run("db", "migrate", "--db", db.ConnectionString).ExpectExit(0).ExpectNoCrash();
        }

        var added = Cli.Run("user", "add", "张三", "--role", "department", "--department", "广州市天河区应急管理局", "--db", db.ConnectionString)
            .ExpectExit(0).ExpectNoCrash();
        var token = Assert.Single(added.OutLines).Split('：', 2)[1];
        var sample = await File.ReadAllBytesAsync(Testing.BundledSample.Path, Cancel);
        var acknowledged = new List<int>();
        var random = new Random(7);

        for (var round = 0; round < Rounds; round++)
        {
            var (serve, url) = await StartAsync(db, token);
            using var killed = serve;
            using var client = Client(url, token);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            var uploaders = Enumerable.Range(0, 2).Select(_ => UploadUntilStoppedAsync(client, sample, acknowledged, stop.Token)).ToArray();
            // Kill while uploads are in flight: after a few were acknowledged in this round, at a random moment.
            var target = Acknowledged(acknowledged) + random.Next(2, 6);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (Acknowledged(acknowledged) < target)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"uploads stalled:\n{serve.Output}");
                await Task.Delay(20, Cancel);
            }

            await Task.Delay(random.Next(0, 150), Cancel);
            serve.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(uploaders);
        }

        var (restarted, restartedUrl) = await StartAsync(db, token);
        using (restarted)
        {
            using var client = Client(restartedUrl, token);
            var last = await UploadAsync(client, sample, Cancel);
            Assert.Equal(HttpStatusCode.Created, last.Status);
            acknowledged.Add(last.Version!.Value);
        }

        await using var context = await db.OpenAsync(Cancel);
        var versions = await context.Versions.AsNoTracking().OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.ModelJson, v.Errors, v.Warnings, v.Infos, Findings = v.Findings.Count })
            .ToListAsync(Cancel);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions.Select(v => v.Number));
        Assert.All(versions, v =>
        {
            Assert.Equal("广州市天河区应急管理局", ModelJson.Deserialize(v.ModelJson)?.Department);
            Assert.Equal(v.Errors + v.Warnings + v.Infos, v.Findings);
            Assert.True(v.Findings > 0, $"version {v.Number} has no findings");
        });
        Assert.All(acknowledged, n => Assert.Contains(n, versions.Select(v => v.Number)));
        Assert.Equal(versions.Count, (await context.Reports.SingleAsync(Cancel)).Revision);
        Assert.Equal(versions.Count, await context.Activity.CountAsync(a => a.Action == Data.Entities.ActivityActions.VersionSaved, Cancel));
    }

    private static int Acknowledged(List<int> acknowledged)
    {
        lock (acknowledged)
        {
            return acknowledged.Count;
        }
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<(JixiaoProcess Process, Uri Url)> StartAsync(StorageConnection db, string token)
    {
        var process = JixiaoProcess.Start(folder.Path, "serve", "--db", db.ConnectionString, "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await process.WaitForServeAsync(TimeSpan.FromSeconds(60), Cancel);
            using var client = Client(url, token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reports", Cancel)).StatusCode);
            return (process, url);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    private static async Task UploadUntilStoppedAsync(HttpClient client, byte[] sample, List<int> acknowledged, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var (status, version) = await UploadAsync(client, sample, stop);
                if (status == HttpStatusCode.Created)
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add(version!.Value);
                    }
                }
                else
                {
                    Assert.Equal(HttpStatusCode.Conflict, status);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // The server was killed under this request: no answer, so nothing was promised.
                return;
            }
        }
    }

    private static async Task<(HttpStatusCode Status, int? Version)> UploadAsync(HttpClient client, byte[] sample, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(sample), "file", "tianhe-emergency-2023.json");
        using var response = await client.PostAsync("/api/reports", form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (response.StatusCode, null);
        }

        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return (response.StatusCode, created.RootElement.GetProperty("version").GetInt32());
    }

    private static HttpClient Client(Uri url, string token)
    {
        var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class SqliteServeKillTests(SqliteServer server) : ServeKillTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresServeKillTests(PostgresServer server) : ServeKillTests(server), IClassFixture<PostgresServer>;
