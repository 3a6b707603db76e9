using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Json;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public abstract class VersionTests(IDatabaseServer server) : StorageTests(server)
{
    private static readonly FindingRecord[] Findings =
    [
        new("JX1003", FindingSeverity.Error, "森防办基本支出合计不平衡", "表3!F23"),
        new("JX4001", FindingSeverity.Warning, "缺少绩效目标", "一、（二）"),
        new("JX5002", FindingSeverity.Info, "建议补充说明", string.Empty),
    ];

    [Fact]
    public async Task Saving_twice_appends_versions_1_and_2_with_both_models_intact()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var first = BundledSample.Report;
        var second = first with { Title = "修改后的标题", Problems = [.. first.Problems, "新增问题"] };

        var v1 = await store.SaveVersionAsync(new VersionDraft(first, Findings) { SourceFile = "tianhe.json" }, user, Cancel);
        var v2 = await store.SaveVersionAsync(new VersionDraft(second, []) { BasedOn = 1 }, user, Cancel);

        Assert.Equal((1, 2), (v1.Number, v2.Number));
        Assert.Equal(v1.ReportId, v2.ReportId);
        var versions = await store.VersionsAsync(v1.ReportId, Cancel);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(ModelJson.Serialize(first), versions[0].ModelJson);
        Assert.Equal(ModelJson.Serialize(second), versions[1].ModelJson);
        Assert.Equal(ModelJson.Serialize(first), ModelJson.Serialize((await store.VersionAsync(v1.ReportId, 1, Cancel))!));
        Assert.Equal(ModelJson.Serialize(second), ModelJson.Serialize((await store.VersionAsync(v1.ReportId, 2, Cancel))!));
        Assert.Null(await store.VersionAsync(v1.ReportId, 3, Cancel));
        Assert.NotEqual(versions[0].ContentHash, versions[1].ContentHash);
        var report = await db.Reports.AsNoTracking().SingleAsync(Cancel);
        Assert.Equal(2, report.Revision);
        Assert.Equal(2, await db.Activity.CountAsync(a => a.Action == ActivityActions.VersionSaved && a.ReportId == report.Id, Cancel));
    }

    [Fact]
    public async Task A_version_keeps_its_summary_columns_and_findings()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var model = BundledSample.Report;

        var saved = await store.SaveVersionAsync(new VersionDraft(model, Findings) { SourceFile = "tianhe.json" }, user, Cancel);

        var version = (await store.VersionsAsync(saved.ReportId, Cancel)).Single();
        Assert.Equal(model.Department, version.Department);
        Assert.Equal(model.Year, version.Year);
        Assert.Equal(model.Genre, version.Genre);
        Assert.NotNull(model.Expenditure?.Actual);
        Assert.Equal(model.Expenditure.Actual.Value, version.ExpenditureActual);
        Assert.Equal((1, 1, 1), (version.Errors, version.Warnings, version.Infos));
        Assert.Equal("tianhe.json", version.SourceFile);
        Assert.Equal(user.Id, version.CreatedById);
        var findings = await store.FindingsAsync(saved.ReportId, 1, Cancel);
        Assert.Equal(Findings, findings.Select(f => new FindingRecord(f.RuleId, f.Severity, f.Message, f.Location)));
    }

    [Fact]
    public async Task Versions_findings_and_activity_cannot_be_changed_or_deleted()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, Findings), await Reviewer(store), Cancel);

        var version = await db.Versions.SingleAsync(Cancel);
        version.ModelJson = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        db.ChangeTracker.Clear();
        db.Findings.Remove(await db.Findings.FirstAsync(Cancel));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        db.ChangeTracker.Clear();
        db.Activity.Remove(await db.Activity.FirstAsync(Cancel));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));

        db.ChangeTracker.Clear();
        Assert.Equal(ModelJson.Serialize(BundledSample.Report), (await store.VersionsAsync(saved.ReportId, Cancel)).Single().ModelJson);
        Assert.Equal(3, await db.Findings.CountAsync(Cancel));
    }

    [Fact]
    public async Task Decisions_on_findings_are_appended_read_up_to_a_version_and_cannot_be_changed()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, Findings), user, Cancel);

        await store.DecideFindingAsync(saved.ReportId, "JX1003", "fp", FindingDecisionKind.FalsePositive, " 误报理由 ", user, 1, Cancel);
        await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, Findings) { BasedOn = 1 }, user, Cancel);
        await store.DecideFindingAsync(saved.ReportId, "JX1003", "fp", FindingDecisionKind.Explained, "说明", user, 2, Cancel);

        var upTo1 = await store.DecisionsAsync(saved.ReportId, 1, Cancel);
        Assert.Equal((1, FindingDecisionKind.FalsePositive, "误报理由", user.Name), (upTo1.Single().VersionNumber, upTo1[0].Decision, upTo1[0].Text, upTo1[0].By));
        Assert.Equal([1, 2], (await store.DecisionsAsync(saved.ReportId, 2, Cancel)).Select(d => d.VersionNumber));
        await Assert.ThrowsAsync<ConcurrentModificationException>(() => store.DecideFindingAsync(saved.ReportId, "JX1003", "fp", FindingDecisionKind.Explained, "说明", user, 1, Cancel));
        var stored = await db.FindingDecisions.FirstAsync(Cancel);
        stored.Text = "改写";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        db.ChangeTracker.Clear();
        await store.ChangeStatusAsync(saved.ReportId, WorkflowAction.Submit, user, cancellationToken: Cancel);
        await store.ChangeStatusAsync(saved.ReportId, WorkflowAction.Approve, user, cancellationToken: Cancel);
        await Assert.ThrowsAsync<WrongStateException>(() => store.DecideFindingAsync(saved.ReportId, "JX1003", "fp", FindingDecisionKind.Explained, "说明", user, null, Cancel));
    }

    [Fact]
    public async Task The_report_key_and_the_version_number_are_unique()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), await Reviewer(store), Cancel);
        var report = await db.Reports.AsNoTracking().SingleAsync(Cancel);

        db.ChangeTracker.Clear();
        db.Reports.Add(new StoredReport { DepartmentId = report.DepartmentId, Year = report.Year, Genre = report.Genre, Project = report.Project, Revision = 1 });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        db.ChangeTracker.Clear();
        var copy = await db.Versions.AsNoTracking().SingleAsync(Cancel);
        copy.Id = 0;
        db.Versions.Add(copy);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));

        db.ChangeTracker.Clear();
        var project = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []) { Project = "森林防火项目" }, await Reviewer(store, "审核员乙"), Cancel);
        Assert.NotEqual(saved.ReportId, project.ReportId);
        Assert.Equal(1, project.Number);
    }

    [Fact]
    public async Task Of_two_appends_based_on_the_same_version_one_wins_and_the_other_conflicts()
    {
        var connection = await Migrated();
        await using var first = await connection.OpenAsync(Cancel);
        await using var second = await connection.OpenAsync(Cancel);
        var alice = new ReportStore(first);
        var bob = new ReportStore(second);
        var user = await Reviewer(alice);
        var saved = await alice.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel);

        await alice.SaveVersionAsync(new VersionDraft(BundledSample.Report with { Title = "甲的修改" }, Findings) { BasedOn = 1 }, user, Cancel);
        var e = await Assert.ThrowsAsync<ConcurrentModificationException>(() =>
            bob.SaveVersionAsync(new VersionDraft(BundledSample.Report with { Title = "乙的修改" }, Findings) { BasedOn = 1 }, user, Cancel));

        Assert.Equal("已被他人修改，请刷新后重试", e.Message);
        Assert.Equal([1, 2], (await bob.VersionsAsync(saved.ReportId, Cancel)).Select(v => v.Number));
        Assert.Equal("甲的修改", (await bob.VersionAsync(saved.ReportId, 2, Cancel))!.Title);
        Assert.Equal(3, await second.Findings.CountAsync(Cancel));
        Assert.Equal(2, await second.Activity.CountAsync(a => a.Action == ActivityActions.VersionSaved, Cancel));
    }

    [Fact]
    public async Task A_stale_context_cannot_append_past_the_concurrency_token()
    {
        var connection = await Migrated();
        await using var first = await connection.OpenAsync(Cancel);
        await using var stale = await connection.OpenAsync(Cancel);
        var store = new ReportStore(first);
        var user = await Reviewer(store);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel);
        var report = await stale.Reports.SingleAsync(Cancel);

        await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, Findings), user, Cancel);
        report.Revision = 3;
        stale.Versions.Add(new ReportVersion
        {
            ReportId = report.Id, Number = 3, ModelJson = "{}", ContentHash = "x", Department = "x", CreatedById = user.Id, Created = DateTimeOffset.UtcNow,
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync(Cancel));
        Assert.Equal([1, 2], (await store.VersionsAsync(saved.ReportId, Cancel)).Select(v => v.Number));
    }

    [Fact]
    public async Task A_draft_based_on_a_version_of_a_report_that_does_not_exist_conflicts()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);

        await Assert.ThrowsAsync<ConcurrentModificationException>(() =>
            store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []) { BasedOn = 1 }, user, Cancel));
        Assert.Equal(0, await db.Reports.CountAsync(Cancel));
    }
}

public sealed class SqliteVersionTests(SqliteServer server) : VersionTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresVersionTests(PostgresServer server) : VersionTests(server), IClassFixture<PostgresServer>;
