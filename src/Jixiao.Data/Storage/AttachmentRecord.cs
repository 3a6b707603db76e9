namespace Jixiao.Data.Storage;

/// <summary>An attachment of a report as listed: the link row with the name of the user who attached it.</summary>
public sealed record AttachmentRecord(
    long Id, int VersionNumber, string Name, string? Description, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
