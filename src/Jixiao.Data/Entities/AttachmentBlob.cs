namespace Jixiao.Data.Entities;

/// <summary>
/// The bytes of an attachment (佐证材料), stored once per content: keyed by their SHA-256, so the same file attached twice
/// (to one report or to several) is kept once. Kept in the database so that both providers and their backups hold it.
/// Never changed or deleted.
/// </summary>
public sealed class AttachmentBlob
{
    /// <summary>The SHA-256 of <see cref="Content"/>, 64 lowercase hex digits; the key.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
}
