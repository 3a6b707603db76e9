using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data.Backup;

/// <summary>
/// Restores a backup archive (from either provider) into an empty database that is migrated (a new SQLite file is
/// created). The archive is checked first — format, every part's SHA-256 and row count, a schema this build knows
/// (an archive from a newer version is refused) — then every row is inserted with its ids in one transaction, so a
/// failure leaves the database as it was; PostgreSQL identity sequences are moved past the restored ids. A database
/// that already holds data is refused: restoring never overwrites.
/// </summary>
public sealed class DatabaseRestore(StorageConnection connection)
{
    private const int BatchSize = 500;

    public async Task<BackupManifest> RestoreAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var zip = Open(path);
        var manifest = await ReadManifestAsync(zip, path, cancellationToken).ConfigureAwait(false);
        foreach (var part in manifest.Tables)
        {
            await VerifyAsync(zip, part, path, cancellationToken).ConfigureAwait(false);
        }

        await using (var probe = connection.CreateContext())
        {
            var known = probe.Database.GetMigrations().Select(BackupFormat.SchemaOf).ToList();
            if (!known.Contains(manifest.Schema, StringComparer.Ordinal))
            {
                throw new StorageException($"{path}：备份的表结构（{manifest.Schema}）比本版本的 Jixiao 新或不认识，请用生成备份的版本或更新的版本恢复");
            }
        }

        await using var db = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var tables = BackupFormat.Tables(db.Model);
        if (manifest.Tables.FirstOrDefault(p => tables.All(t => t.GetTableName() != p.Table)) is { } unknown)
        {
            throw new StorageException($"{path}：备份中的表 {unknown.Table} 在本版本的表结构中没有");
        }

        foreach (var type in tables)
        {
            if (await EntityRows.AnyAsync(db, type, cancellationToken).ConfigureAwait(false))
            {
                throw new StorageException($"{connection.Display} 已有数据（表 {type.GetTableName()}）：恢复只写入空的数据库，请新建一个空数据库再恢复");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var type in tables)
        {
            if (manifest.Tables.FirstOrDefault(p => p.Table == type.GetTableName()) is { } part)
            {
                await InsertAsync(db, type, zip.GetEntry(part.File)!, path, cancellationToken).ConfigureAwait(false);
            }
        }

        if (connection.Provider == StorageProvider.Postgres)
        {
            await ResetSequencesAsync(db, tables, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    private static ZipArchive Open(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new StorageException($"{path}：不是可读取的 Jixiao 备份（{e.Message}）", e);
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string path, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw new StorageException($"{path}：不是 Jixiao 备份（没有 {BackupManifest.EntryName}）");
        BackupManifest? manifest;
        try
        {
            await using var stream = entry.Open();
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupFormat.Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new StorageException($"{path}：{BackupManifest.EntryName} 无法读取（{e.Message}）", e);
        }

        if (manifest is null || manifest.Format != BackupManifest.FormatName || manifest.Tables is null || manifest.Schema is null)
        {
            throw new StorageException($"{path}：不是 Jixiao 备份（{BackupManifest.EntryName} 的格式不对）");
        }

        if (manifest.FormatVersion > BackupManifest.CurrentFormatVersion)
        {
            throw new StorageException($"{path}：备份格式第 {manifest.FormatVersion} 版比本版本的 Jixiao 新，请用更新的版本恢复");
        }

        return manifest;
    }

    /// <summary>Checks a part's SHA-256 and row count against the manifest.</summary>
    private static async Task VerifyAsync(ZipArchive zip, BackupPart part, string path, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(part.File) ?? throw new StorageException($"{path}：备份缺少 {part.File}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        var buffer = new byte[81920];
        await using (var stream = entry.Open())
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                rows += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), part.Sha256, StringComparison.OrdinalIgnoreCase) || rows != part.Rows)
        {
            throw new StorageException($"{path}：{part.File} 与清单不符（SHA-256 或行数不同），备份已损坏，未恢复任何数据");
        }
    }

    /// <summary>
    /// Inserts a table's rows with their ids, in batches; a table that refers to itself (上级部门) is saved in one batch,
    /// so that EF orders each row after the row it refers to.
    /// </summary>
    private static async Task InsertAsync(JixiaoDbContext db, IEntityType type, ZipArchiveEntry entry, string path, CancellationToken cancellationToken)
    {
        var properties = type.GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        var selfReferencing = type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type);
        var pending = 0;
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            using var row = JsonDocument.Parse(line);
            var entity = Activator.CreateInstance(type.ClrType)!;
            var shadow = new List<(string Name, object? Value)>();
            foreach (var field in row.RootElement.EnumerateObject())
            {
                var property = properties.GetValueOrDefault(field.Name)
                    ?? throw new StorageException($"{path}：备份中的 {type.GetTableName()}.{field.Name} 在本版本的表结构中没有");
                var value = field.Value.Deserialize(property.ClrType, BackupFormat.Json);
                if (property.PropertyInfo?.SetMethod is { } setter)
                {
                    setter.Invoke(entity, [value]);
                }
                else if (property.FieldInfo is { } backingField)
                {
                    backingField.SetValue(entity, value);
                }
                else
                {
                    shadow.Add((property.Name, value));
                }
            }

            var added = db.Add(entity);
            foreach (var (name, value) in shadow)
            {
                added.Property(name).CurrentValue = value;
            }

            if (++pending == BatchSize && !selfReferencing)
            {
                await SaveAsync(db, cancellationToken).ConfigureAwait(false);
                pending = 0;
            }
        }

        await SaveAsync(db, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SaveAsync(JixiaoDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    /// <summary>Moves each PostgreSQL identity sequence past the largest restored value, so new rows get new ids.</summary>
    private static async Task ResetSequencesAsync(JixiaoDbContext db, IReadOnlyList<IEntityType> tables, CancellationToken cancellationToken)
    {
        foreach (var type in tables)
        {
            var table = type.GetTableName()!;
            var qualified = type.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
            foreach (var property in type.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(int) || p.ClrType == typeof(long))))
            {
                var column = property.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()));
                var sql = $"SELECT setval(pg_get_serial_sequence('{qualified}', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM {qualified}), 0) + 1, false)";
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
