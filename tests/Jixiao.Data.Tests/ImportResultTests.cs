using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>
/// One stored result per import job, enforced by the unique job key: a job that runs again (recovery, misfire), even at
/// the same time as its first run, stores no second version and no second result.
/// </summary>
public abstract class ImportResultTests(IDatabaseServer server) : StorageTests(server)
{
    private static readonly JobReceipt Job = new("import-0001", new string('a', 64), "worker-1");

    [Fact]
    public async Task A_job_saved_twice_stores_one_version_and_one_result()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var (draft, _) = AuditedDraft.Of(BundledSample.Report, "tianhe.json", job: Job);

        var saved = await store.SaveVersionAsync(draft, user, Cancel);
        await Assert.ThrowsAsync<JobAlreadyDoneException>(() => store.SaveVersionAsync(draft with { Job = Job with { Worker = "worker-2" } }, user, Cancel));

        var result = Assert.Single(await store.ImportResultsAsync(Cancel));
        Assert.Equal((saved.Id, "worker-1", "tianhe.json"), (result.VersionId, result.Worker, result.SourceFile));
        Assert.Equal(1, await db.Versions.CountAsync(Cancel));
        Assert.Equal(1, (await db.Reports.SingleAsync(Cancel)).Revision);
        Assert.False(await store.RecordImportFailureAsync(Job, "tianhe.json", "不应写入", Cancel));
        Assert.Single(await store.ImportResultsAsync(Cancel));
    }

    [Fact]
    public async Task A_job_run_twice_at_once_stores_one_version()
    {
        var connection = await Migrated();
        await using (var setup = await connection.OpenAsync(Cancel))
        {
            await Reviewer(new ReportStore(setup));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            await using var db = await connection.OpenAsync(Cancel);
            var store = new ReportStore(db);
            var user = (await store.FindUserAsync(1, Cancel))!;
            var (draft, _) = AuditedDraft.Of(BundledSample.Report, "tianhe.json", job: Job with { Worker = $"worker-{i}" });
            try
            {
                await store.SaveVersionAsync(draft, user, Cancel);
                return "saved";
            }
            catch (StorageException e)
            {
                return e.GetType().Name;
            }
        }));

        Assert.Contains("saved", outcomes);
        await using var check = await connection.OpenAsync(Cancel);
        Assert.Equal(1, await check.Versions.CountAsync(Cancel));
        Assert.Equal(1, await check.ImportResults.CountAsync(Cancel));
    }

    [Fact]
    public async Task A_failure_is_stored_once()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);

        Assert.True(await store.RecordImportFailureAsync(Job, "坏文件.pdf", "文件已损坏", Cancel));
        Assert.False(await store.RecordImportFailureAsync(Job with { Worker = "worker-2" }, "坏文件.pdf", "文件已损坏", Cancel));

        var result = Assert.Single(await store.ImportResultsAsync(Cancel));
        Assert.Equal(("文件已损坏", null, "worker-1"), (result.Failure, result.VersionId, result.Worker));
    }
}

public sealed class SqliteImportResultTests(SqliteServer server) : ImportResultTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresImportResultTests(PostgresServer server) : ImportResultTests(server), IClassFixture<PostgresServer>;
