namespace Jixiao.Data.Storage;

/// <summary>A file to attach to a report: the name the client gave (sanitised on saving), an optional description and the bytes.</summary>
public sealed record AttachmentDraft(string? Name, string? Description, byte[] Content);
