using System.Security.Cryptography;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>
/// Attachments (佐证材料): append-only links from a report to contents stored once per SHA-256 (<see cref="AttachmentBlob"/>).
/// An approved report takes no more attachments.
/// </summary>
public sealed partial class ReportStore
{
    /// <summary>
    /// Attaches a file to a report at its latest version, with an activity entry; the bytes are stored only when no
    /// attachment with the same content exists yet. An approved report is a <see cref="WrongStateException"/>.
    /// </summary>
    public async Task<AttachmentRecord> AddAttachmentAsync(int reportId, AttachmentDraft draft, User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        db.ChangeTracker.Clear();
        var report = await db.Reports.AsNoTracking().Include(r => r.Department).SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false)
            ?? throw new StorageException($"报告 {reportId} 不存在");
        if (report.Status == ReportStatus.Approved)
        {
            throw new WrongStateException(report.Status, "已通过的报告不能再添加佐证材料：只有草稿、审核中或已退回的报告才能添加");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(draft.Content));
        var name = AttachmentName.Sanitize(draft.Name);
        var description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        var now = clock.GetUtcNow();
        var link = new Attachment
        {
            ReportId = reportId,
            VersionNumber = report.Revision,
            Name = name,
            Description = description,
            ContentType = AttachmentContentTypes.Of(name),
            Size = draft.Content.LongLength,
            Sha256 = hash,
            UserId = user.Id,
            When = now,
        };
        var entry = new ActivityEntry
        {
            When = now,
            UserId = user.Id,
            Action = ActivityActions.AttachmentAdded,
            ReportId = reportId,
            VersionNumber = report.Revision,
            Detail = $"{user.Name} 为 {report.Department!.Name} {report.Year} 年报告第 {report.Revision} 版添加佐证材料 {name}（{link.Size} 字节）",
        };
        try
        {
            await SaveAttachmentAsync(link, entry, draft.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The same content was stored by another request at the same time: link to that one.
            db.ChangeTracker.Clear();
            await SaveAttachmentAsync(link, entry, draft.Content, cancellationToken).ConfigureAwait(false);
        }

        return new AttachmentRecord(link.Id, link.VersionNumber, name, description, link.ContentType, link.Size, hash, user.Name, now);
    }

    /// <summary>The attachments of a report, oldest first.</summary>
    public async Task<IReadOnlyList<AttachmentRecord>> AttachmentsAsync(int reportId, CancellationToken cancellationToken = default) =>
        await Attachments(reportId).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The total size in bytes of a report's attachments (each link counted, as listed).</summary>
    public async Task<long> AttachmentBytesAsync(int reportId, CancellationToken cancellationToken = default) =>
        await db.Attachments.AsNoTracking().Where(a => a.ReportId == reportId).SumAsync(a => a.Size, cancellationToken).ConfigureAwait(false);

    /// <summary>An attachment of a report and its bytes, or null when the report has no attachment with this id.</summary>
    public async Task<(AttachmentRecord Attachment, byte[] Content)?> AttachmentAsync(int reportId, long attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await Attachments(reportId, attachmentId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (attachment is null)
        {
            return null;
        }

        var content = await db.AttachmentBlobs.AsNoTracking()
            .Where(b => b.Sha256 == attachment.Sha256)
            .Select(b => b.Content)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return (attachment, content);
    }

    /// <summary>The attachments of a report (only the one with <paramref name="attachmentId"/> when given), oldest first.</summary>
    private IQueryable<AttachmentRecord> Attachments(int reportId, long? attachmentId = null) =>
        from a in db.Attachments.AsNoTracking()
        join u in db.Users.AsNoTracking() on a.UserId equals u.Id
        where a.ReportId == reportId && (attachmentId == null || a.Id == attachmentId)
        orderby a.Id
        select new AttachmentRecord(a.Id, a.VersionNumber, a.Name, a.Description, a.ContentType, a.Size, a.Sha256, u.Name, a.When);

    private async Task SaveAttachmentAsync(Attachment link, ActivityEntry entry, byte[] content, CancellationToken cancellationToken)
    {
        if (!await db.AttachmentBlobs.AnyAsync(b => b.Sha256 == link.Sha256, cancellationToken).ConfigureAwait(false))
        {
            db.AttachmentBlobs.Add(new AttachmentBlob { Sha256 = link.Sha256, Content = content });
        }

        db.Attachments.Add(link);
        db.Activity.Add(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
