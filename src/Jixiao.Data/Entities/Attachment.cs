namespace Jixiao.Data.Entities;

/// <summary>
/// An append-only link between a report and an attachment (佐证材料): who attached which content (<see cref="Sha256"/>,
/// see <see cref="AttachmentBlob"/>) under which name, when, and at which version of the report.
/// </summary>
public sealed class Attachment
{
    public long Id { get; set; }

    public int ReportId { get; set; }

    public StoredReport? Report { get; set; }

    /// <summary>The report's latest version when the file was attached.</summary>
    public int VersionNumber { get; set; }

    /// <summary>The file name as uploaded, sanitised: no folders, no control characters.</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The content type sent on download, chosen from the name's extension among safe types.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public int UserId { get; set; }

    public DateTimeOffset When { get; set; }
}
