using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>Deadlines and the overdue rule (<see cref="DeadlineRule"/>) on a manual clock, once per database.</summary>
public abstract class DeadlineTests(IDatabaseServer server) : StorageTests(server)
{
    /// <summary>24:00 of 2024-05-31 in China Standard Time.</summary>
    private static readonly DateTimeOffset Cutoff = new(2024, 5, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_draft_becomes_overdue_at_the_end_of_the_deadline_day_in_China_time()
    {
        var clock = new ManualClock(Cutoff.AddSeconds(-1));
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db, clock);
        var admin = await store.AddUserAsync("管理员", UserRole.Admin, null, null, Cancel);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), admin, Cancel);
        Assert.Equal(Timeliness.None, (await store.ReportsAsync(null, null, cancellationToken: Cancel)).Single().Timeliness);

        await store.SetDeadlineAsync(2023, new DateOnly(2024, 5, 31), admin, Cancel);

        Assert.Equal(new Timeliness(new DateOnly(2024, 5, 31), false), (await store.ReportsAsync(null, null, cancellationToken: Cancel)).Single().Timeliness);
        Assert.Empty(await store.ReportsAsync(null, null, overdueOnly: true, cancellationToken: Cancel));
        clock.Now = Cutoff;
        Assert.True((await store.ReportsAsync(null, null, cancellationToken: Cancel)).Single().Timeliness.Overdue);
        Assert.Equal([saved.ReportId], (await store.ReportsAsync(null, null, overdueOnly: true, cancellationToken: Cancel)).Select(r => r.Id));
        Assert.True((await store.TimelinessAsync((await store.ReportAsync(saved.ReportId, Cancel))!, Cancel)).Overdue);
        Assert.Empty(await store.ReportsAsync(null, 2024, overdueOnly: true, cancellationToken: Cancel));
    }

    [Fact]
    public async Task The_first_submission_decides_late_or_on_time()
    {
        var clock = new ManualClock(Cutoff.AddDays(-1));
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db, clock);
        var admin = await store.AddUserAsync("管理员", UserRole.Admin, null, null, Cancel);
        await store.SetDeadlineAsync(2023, new DateOnly(2024, 5, 31), admin, Cancel);
        var onTime = (await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), admin, Cancel)).ReportId;
        var late = (await store.SaveVersionAsync(new VersionDraft(BundledSample.Report with { Department = "广州市越秀区应急管理局" }, []), admin, Cancel)).ReportId;
        await store.ChangeStatusAsync(onTime, WorkflowAction.Submit, admin, cancellationToken: Cancel);
        clock.Now = Cutoff.AddDays(3);
        await store.ChangeStatusAsync(onTime, WorkflowAction.Return, admin, "补充说明", cancellationToken: Cancel);
        await store.ChangeStatusAsync(onTime, WorkflowAction.Submit, admin, cancellationToken: Cancel);
        await store.ChangeStatusAsync(late, WorkflowAction.Submit, admin, cancellationToken: Cancel);

        var listed = (await store.ReportsAsync(null, 2023, cancellationToken: Cancel)).ToDictionary(r => r.Id, r => r.Timeliness.Overdue);

        Assert.False(listed[onTime]);
        Assert.True(listed[late]);
    }

    [Fact]
    public async Task Setting_a_deadline_again_replaces_it_and_each_setting_is_logged()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db, new ManualClock(Cutoff));
        var admin = await store.AddUserAsync("管理员", UserRole.Admin, null, null, Cancel);

        await store.SetDeadlineAsync(2023, new DateOnly(2024, 5, 31), admin, Cancel);
        await store.SetDeadlineAsync(2023, new DateOnly(2024, 6, 15), admin, Cancel);
        await store.SetDeadlineAsync(2022, new DateOnly(2023, 5, 31), admin, Cancel);

        Assert.Equal([(2022, new DateOnly(2023, 5, 31)), (2023, new DateOnly(2024, 6, 15))], (await store.DeadlinesAsync(Cancel)).Select(d => (d.Year, d.Date)));
        var log = await db.Activity.AsNoTracking().Where(a => a.Action == ActivityActions.DeadlineSet).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync(Cancel);
        Assert.Equal(3, log.Count);
        Assert.Contains("原为 2024-05-31", log[1]);
    }
}

public sealed class SqliteDeadlineTests(SqliteServer server) : DeadlineTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDeadlineTests(PostgresServer server) : DeadlineTests(server), IClassFixture<PostgresServer>;
