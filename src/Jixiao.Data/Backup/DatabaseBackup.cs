using System.Buffers;
using System.Data;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Backup;

/// <summary>
/// Writes a backup archive of a migrated database: a zip with one JSON-lines entry per table of the model (one object
/// per row, property → value, in primary-key order) and <see cref="BackupManifest.EntryName"/>. All tables are read in
/// one transaction (a snapshot on PostgreSQL, a locked read on SQLite), so the archive is consistent. An existing file
/// is never overwritten; a failed backup leaves no file.
/// </summary>
public sealed class DatabaseBackup(StorageConnection connection, TimeProvider? time = null)
{
    public async Task<BackupManifest> WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var db = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var isolation = connection.Provider == StorageProvider.Sqlite ? IsolationLevel.Serializable : IsolationLevel.RepeatableRead;
        await using var transaction = await db.Database.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
        var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Last();

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(File.Exists(path) ? $"{path} 已存在：备份不覆盖已有文件" : $"无法写入 {path}（{e.Message}）", e);
        }

        try
        {
            BackupManifest manifest;
            await using (file.ConfigureAwait(false))
            {
                using var zip = new ZipArchive(file, ZipArchiveMode.Create);
                var parts = new List<BackupPart>();
                foreach (var type in BackupFormat.Tables(db.Model))
                {
                    parts.Add(await WriteTableAsync(db, type, zip, cancellationToken).ConfigureAwait(false));
                }

                manifest = new BackupManifest(
                    BackupManifest.FormatName, BackupManifest.CurrentFormatVersion, (time ?? TimeProvider.System).GetUtcNow(),
                    connection.Provider.ToString(), migration, BackupFormat.SchemaOf(migration), parts);
                await using var stream = zip.CreateEntry(BackupManifest.EntryName).Open();
                await JsonSerializer.SerializeAsync(stream, manifest, BackupFormat.Json, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return manifest;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<BackupPart> WriteTableAsync(JixiaoDbContext db, Microsoft.EntityFrameworkCore.Metadata.IEntityType type, ZipArchive zip, CancellationToken cancellationToken)
    {
        var properties = type.GetProperties().ToList();
        var name = BackupFormat.EntryOf(type);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>();
        long rows = 0;
        var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var values in EntityRows.ReadAsync(db, type, properties, cancellationToken).ConfigureAwait(false))
            {
                buffer.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BackupFormat.Json.Encoder }))
                {
                    writer.WriteStartObject();
                    for (var i = 0; i < properties.Count; i++)
                    {
                        writer.WritePropertyName(properties[i].Name);
                        JsonSerializer.Serialize(writer, BackupFormat.Neutral(values[i]), properties[i].ClrType, BackupFormat.Json);
                    }

                    writer.WriteEndObject();
                }

                buffer.Write("\n"u8);
                hash.AppendData(buffer.WrittenSpan);
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                rows++;
            }
        }

        return new BackupPart(type.ClrType.Name, type.GetTableName()!, name, rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
