using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>Attachments in the store: contents kept once per SHA-256, links append-only, none on approved reports; once per database.</summary>
public abstract class AttachmentStoreTests(IDatabaseServer server) : StorageTests(server)
{
    [Fact]
    public async Task Contents_are_stored_once_and_links_cannot_be_rewritten()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var report = (await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel)).ReportId;

        var first = await store.AddAttachmentAsync(report, new AttachmentDraft("a/b/说明.pdf", " 说明 ", [1, 2, 3]), user, Cancel);
        var second = await store.AddAttachmentAsync(report, new AttachmentDraft("副本.pdf", null, [1, 2, 3]), user, Cancel);

        Assert.Equal(("说明.pdf", "说明"), (first.Name, first.Description));
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(1, await db.AttachmentBlobs.CountAsync(Cancel));
        Assert.Equal(6, await store.AttachmentBytesAsync(report, Cancel));
        var (_, content) = (await store.AttachmentAsync(report, second.Id, Cancel))!.Value;
        Assert.Equal([1, 2, 3], content);
        Assert.Null(await store.AttachmentAsync(report + 1, second.Id, Cancel));
        var link = await db.Attachments.SingleAsync(a => a.Id == first.Id, Cancel);
        link.Name = "改名.pdf";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public async Task An_approved_report_takes_no_attachments()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var report = (await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel)).ReportId;
        await store.ChangeStatusAsync(report, WorkflowAction.Submit, user, cancellationToken: Cancel);
        await store.ChangeStatusAsync(report, WorkflowAction.Approve, user, cancellationToken: Cancel);

        var e = await Assert.ThrowsAsync<WrongStateException>(() => store.AddAttachmentAsync(report, new AttachmentDraft("晚.pdf", null, [1]), user, Cancel));

        Assert.Equal(ReportStatus.Approved, e.Current);
        Assert.Equal(0, await db.Attachments.CountAsync(Cancel));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\a\\报告.docx", "报告.docx")]
    [InlineData("坏\u0000名\r\n.pdf", "坏名.pdf")]
    [InlineData("..", AttachmentName.Fallback)]
    [InlineData("  ", AttachmentName.Fallback)]
    public void Names_are_sanitised(string given, string stored) => Assert.Equal(stored, AttachmentName.Sanitize(given));
}

public sealed class SqliteAttachmentStoreTests(SqliteServer server) : AttachmentStoreTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresAttachmentStoreTests(PostgresServer server) : AttachmentStoreTests(server), IClassFixture<PostgresServer>;
