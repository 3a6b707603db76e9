using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The store's workflow with 主管部门审核, once per database.</summary>
public abstract class ParentReviewStoreTests(IDatabaseServer server) : StorageTests(server)
{
    [Fact]
    public async Task A_sub_unit_report_goes_through_parent_review_and_every_step_is_logged()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var parent = await store.EnsureDepartmentAsync("广州市应急管理局", Cancel);
        var report = (await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel)).ReportId;
        (await db.Departments.SingleAsync(d => d.Name == BundledSample.Report.Department, Cancel)).ParentId = parent.Id;
        await db.SaveChangesAsync(Cancel);

        Assert.Equal(ReportStatus.ParentReview, (await store.ChangeStatusAsync(report, WorkflowAction.Submit, user, cancellationToken: Cancel)).Status);
        var frozen = await Assert.ThrowsAsync<WrongStateException>(() => store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel));
        Assert.StartsWith("已提交的版本不能修改", frozen.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await store.ChangeStatusAsync(report, WorkflowAction.Approve, user, cancellationToken: Cancel)).Status);
        Assert.Equal(ReportStatus.Approved, (await store.ChangeStatusAsync(report, WorkflowAction.Approve, user, cancellationToken: Cancel)).Status);

        Assert.Equal(
            [(ReportStatus.Draft, ReportStatus.ParentReview), (ReportStatus.ParentReview, ReportStatus.Submitted), (ReportStatus.Submitted, ReportStatus.Approved)],
            (await store.WorkflowAsync(report, Cancel)).Select(w => (w.From, w.To)));
        var log = await db.Activity.AsNoTracking().Where(a => a.ReportId == report && a.Action != ActivityActions.VersionSaved).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync(Cancel);
        Assert.Equal(3, log.Count);
        Assert.Contains("主管部门审核 → 财政审核", log[1]);
    }

    [Theory]
    [InlineData("submitted", ReportStatus.Submitted)]
    [InlineData("已提交", ReportStatus.Submitted)]
    [InlineData("财政审核", ReportStatus.Submitted)]
    [InlineData("parent-review", ReportStatus.ParentReview)]
    [InlineData("主管部门审核", ReportStatus.ParentReview)]
    [InlineData("Approved", ReportStatus.Approved)]
    public void Status_names_and_codes_parse(string text, ReportStatus status) => Assert.Equal(status, ReportStatusNames.Parse(text));
}

public sealed class SqliteParentReviewStoreTests(SqliteServer server) : ParentReviewStoreTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresParentReviewStoreTests(PostgresServer server) : ParentReviewStoreTests(server), IClassFixture<PostgresServer>;
