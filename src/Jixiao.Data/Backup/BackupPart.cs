namespace Jixiao.Data.Backup;

/// <summary>One table in a backup archive: the entity it holds, its JSON-lines entry, how many rows and the SHA-256 (lowercase hex) of the entry's bytes.</summary>
public sealed record BackupPart(string Entity, string Table, string File, long Rows, string Sha256);
