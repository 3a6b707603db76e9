using System.Diagnostics;
using Jixiao.Data;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

/// <summary>
/// Two `jixiao worker` processes on one fresh PostgreSQL database, 40 generated reports submitted with `jixiao jobs
/// submit`: every report ends with exactly one version and exactly one stored result, and both workers ran some jobs;
/// also when one worker is killed (SIGKILL) mid-way and another, started after it, finishes its jobs.
/// </summary>
public sealed class WorkerClusterTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Reports = 40;

    private readonly TempFolder folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_workers_store_each_submitted_report_exactly_once()
    {
        var (db, reports) = Prepare();
        using var first = await StartWorkerAsync(db);
        using var second = await StartWorkerAsync(db);

        var clock = Stopwatch.StartNew();
        Submit(db, reports);
        await WaitForAllResultsAsync(db, clock, first, second);

        TestContext.Current.SendDiagnosticMessage($"{Reports} import jobs on 2 workers: {clock.Elapsed.TotalSeconds:0.0} s");
        await AssertOneVersionAndOneResultPerReportAsync(db);
        await using var context = await db.OpenAsync(Cancel);
        Assert.Equal(2, await context.ImportResults.Select(r => r.Worker).Distinct().CountAsync(Cancel));
        var status = await WaitForEmptyQueueAsync(db);
        Assert.Contains($"已保存\t{Reports}", status.OutLines);
        Assert.Contains("失败\t0", status.OutLines);
        first.Kill();
        second.Kill();
    }

    [Fact]
    public async Task The_jobs_of_a_killed_worker_are_finished_by_the_other_and_stored_once()
    {
        var (db, reports) = Prepare();
        using var first = await StartWorkerAsync(db, threads: 1);
        var clock = Stopwatch.StartNew();
        Submit(db, reports);

        // SIGKILL the first worker once it has stored a few results, while it is in the middle of more; the second starts
        // only then, so the first cannot run out of jobs before it has stored three (with both running from the start,
        // a fast second worker could take all but two, and the wait below never ended). One thread leaves the first
        // worker seconds of work after its third result, so the kill comes well before it could finish them all.
        var name = first.Output.Split("工作进程 ", 2)[1].Split(' ', 2)[0];
        await using (var context = await db.OpenAsync(Cancel))
        {
            while (await context.ImportResults.CountAsync(r => r.Worker == name, Cancel) < 3)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"worker {name} stored nothing\n{first.Output}");
                await Task.Delay(50, Cancel);
            }
        }

        first.Kill();
        await using (var context = await db.OpenAsync(Cancel))
        {
            var stored = await context.ImportResults.CountAsync(Cancel);
            Assert.True(stored < Reports, $"worker {name} stored all {stored} results before it was killed: the test proves nothing");
        }

        using var second = await StartWorkerAsync(db);
        await WaitForAllResultsAsync(db, clock, first, second);

        await AssertOneVersionAndOneResultPerReportAsync(db);
        await using (var context = await db.OpenAsync(Cancel))
        {
            Assert.True(await context.ImportResults.CountAsync(r => r.Worker != name, Cancel) > 0, "the second worker stored nothing");
        }

        second.Kill();
    }

    private (StorageConnection Db, string Reports) Prepare()
    {
        var db = server.NewDatabase();
        Cli.Run("db", "migrate", "--db", db.ConnectionString).ExpectExit(0).ExpectNoCrash();
        Cli.Run("user", "add", "批量导入", "--role", "admin", "--db", db.ConnectionString).ExpectExit(0).ExpectNoCrash();
        var reports = folder.PathOf($"reports-{Guid.NewGuid():N}");
        Cli.Run("generate", "--count", $"{Reports}", "--seed", "7", "--out", reports).ExpectExit(0).ExpectNoCrash();
        return (db, reports);
    }

    private async Task<JixiaoProcess> StartWorkerAsync(StorageConnection db, int threads = 2)
    {
        var worker = JixiaoProcess.Start(folder.Path, "worker", "--db", db.ConnectionString, "--threads", $"{threads}");
        await worker.WaitForOutputAsync("已启动", TimeSpan.FromSeconds(60), Cancel);
        return worker;
    }

    private static void Submit(StorageConnection db, string reports)
    {
        var submitted = Cli.Run("jobs", "submit", Path.Combine(reports, "*.txt"), "--user", "批量导入", "--db", db.ConnectionString).ExpectExit(0).ExpectNoCrash();
        Assert.Equal(Reports, submitted.OutLines.Length);
    }

    private static async Task WaitForAllResultsAsync(StorageConnection db, Stopwatch clock, JixiaoProcess first, JixiaoProcess second)
    {
        await using var context = await db.OpenAsync(Cancel);
        while (await context.ImportResults.CountAsync(Cancel) < Reports)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), $"only {await context.ImportResults.CountAsync(Cancel)} of {Reports} jobs done\n--- worker 1 ---\n{first.Output}\n--- worker 2 ---\n{second.Output}");
            await Task.Delay(250, Cancel);
        }
    }

    /// <summary>
    /// `jobs status` once the queue is empty: a job stores its result before the scheduler deletes its trigger in a
    /// transaction of its own, so the last job can still be listed for a moment after all results are there.
    /// </summary>
    private static async Task<CliResult> WaitForEmptyQueueAsync(StorageConnection db)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = Cli.Run("jobs", "status", "--db", db.ConnectionString).ExpectExit(0).ExpectNoCrash();
            if (status.OutLines.Contains("排队或执行中\t0"))
            {
                return status;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"jobs still queued 30 s after all results were stored:\n{status.Out}");
            await Task.Delay(250, Cancel);
        }
    }

    private static async Task AssertOneVersionAndOneResultPerReportAsync(StorageConnection db)
    {
        await using var context = await db.OpenAsync(Cancel);
        var results = await context.ImportResults.AsNoTracking().ToListAsync(Cancel);
        Assert.Equal(Reports, results.Count);
        Assert.All(results, r => Assert.True(r.Failure is null, $"{r.SourceFile}: {r.Failure}"));
        Assert.Equal(Reports, results.Select(r => r.VersionId).Distinct().Count());
        Assert.Equal(Reports, await context.Reports.CountAsync(Cancel));
        Assert.All(await context.Reports.Select(r => r.Versions.Count).ToListAsync(Cancel), n => Assert.Equal(1, n));
        Assert.Equal(Reports, await context.Versions.CountAsync(Cancel));
    }

    [Fact]
    public void A_worker_on_sqlite_refuses_in_one_line()
    {
        var result = Cli.Run("worker", "--db", folder.PathOf("jixiao.db")).ExpectExit(2).ExpectNoCrash();

        Assert.StartsWith("任务队列需要 PostgreSQL", Assert.Single(result.ErrorLines));
    }

    public void Dispose() => folder.Dispose();
}
