using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public abstract class MigrationTests(IDatabaseServer server) : StorageTests(server)
{
    [Fact]
    public async Task Migrations_apply_from_empty_and_match_the_model()
    {
        var connection = Server.NewDatabase();

        var applied = await connection.MigrateAsync(Cancel);

        Assert.NotEmpty(applied);
        Assert.Empty(await connection.MigrateAsync(Cancel));
        await using var db = await connection.OpenAsync(Cancel);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add for both providers");
        Assert.Equal(0, await db.Reports.CountAsync(Cancel));
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
    }

    [Fact]
    public async Task Opening_an_unmigrated_database_asks_for_db_migrate()
    {
        var connection = Server.NewDatabase();
        if (connection.SqliteFile is { } file)
        {
            await File.WriteAllBytesAsync(file, [], Cancel);
        }

        var e = await Assert.ThrowsAsync<StorageException>(() => connection.OpenAsync(Cancel));

        Assert.Contains("jixiao db migrate", e.Message);
    }
}

public sealed class SqliteMigrationTests(SqliteServer server) : MigrationTests(server), IClassFixture<SqliteServer>
{
    [Fact]
    public async Task A_new_sqlite_file_is_migrated_when_opened()
    {
        var connection = Server.NewDatabase();

        await using var db = await connection.OpenAsync(Cancel);

        Assert.True(File.Exists(connection.SqliteFile));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancel));
    }
}

public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests(server), IClassFixture<PostgresServer>;
