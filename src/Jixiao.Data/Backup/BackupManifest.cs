namespace Jixiao.Data.Backup;

/// <summary>
/// manifest.json of a backup archive: the format, when and from which database it was made, the last migration
/// applied there (<see cref="Migration"/>; <see cref="Schema"/> is its name without the timestamp, the same for both
/// providers) and every table's part with its row count and SHA-256.
/// </summary>
public sealed record BackupManifest(
    string Format, int FormatVersion, DateTimeOffset Created, string Provider, string Migration, string Schema, IReadOnlyList<BackupPart> Tables)
{
    public const string FormatName = "jixiao-backup";

    public const int CurrentFormatVersion = 1;

    public const string EntryName = "manifest.json";

    public long TotalRows => Tables.Sum(t => t.Rows);

    /// <summary>"Departments 3 行、Users 5 行…" for messages.</summary>
    public string Summary => string.Join("、", Tables.Where(t => t.Rows > 0).Select(t => $"{t.Table} {t.Rows} 行")) is { Length: > 0 } text ? text : "没有数据";
}
