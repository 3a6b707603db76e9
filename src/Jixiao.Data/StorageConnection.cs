using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data;

/// <summary>
/// Which database `--db` names: a PostgreSQL connection string ("Host=…", or any "key=value;…" text) or a SQLite
/// file path. Without `--db`, the environment variable ConnectionStrings__Jixiao, else ./jixiao.db.
/// </summary>
public sealed record StorageConnection(StorageProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "ConnectionStrings__Jixiao";

    public const string DefaultFile = "jixiao.db";

    public static StorageConnection Parse(string? db)
    {
        var value = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : db;
        value = string.IsNullOrWhiteSpace(value) ? DefaultFile : value.Trim();
        if (value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageConnection(StorageProvider.Sqlite, value);
        }

        if (value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || (value.Contains('=', StringComparison.Ordinal) && value.Contains(';', StringComparison.Ordinal)))
        {
            return new StorageConnection(StorageProvider.Postgres, value);
        }

        return new StorageConnection(StorageProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = value }.ConnectionString);
    }

    /// <summary>The SQLite file; null for PostgreSQL.</summary>
    public string? SqliteFile => Provider == StorageProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>How messages name the database: the file, or host and database without the password.</summary>
    public string Display
    {
        get
        {
            if (SqliteFile is { } file)
            {
                return $"SQLite 文件 {file}";
            }

            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    /// <summary>A context on this database, without touching it.</summary>
    public JixiaoDbContext CreateContext() => Provider switch
    {
        StorageProvider.Sqlite => new SqliteJixiaoDbContext(new DbContextOptionsBuilder<SqliteJixiaoDbContext>().UseSqlite(ConnectionString).Options),
        _ => new PostgresJixiaoDbContext(new DbContextOptionsBuilder<PostgresJixiaoDbContext>().UseNpgsql(ConnectionString).Options),
    };

    /// <summary>
    /// A context on a database ready for this build: a new SQLite file is created and migrated; any other database
    /// must be migrated already (`jixiao db migrate`), else <see cref="StorageException"/>.
    /// </summary>
    public async Task<JixiaoDbContext> OpenAsync(CancellationToken cancellationToken = default)
    {
        var isNewFile = SqliteFile is { } file && !File.Exists(file);
        var context = CreateContext();
        try
        {
            if (isNewFile)
            {
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            else if ((await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                throw new StorageException($"{Display} 尚未迁移到本版本的表结构：请先运行 jixiao db migrate");
            }

            return context;
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Applies the provider's pending migrations; returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
