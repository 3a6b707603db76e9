using System.IO.Compression;
using System.Text.Json.Nodes;
using Jixiao.Data.Backup;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public abstract class BackupTests(IDatabaseServer server) : StorageTests(server), IDisposable
{
    private readonly TempFolder folder = new();

    protected TempFolder Folder => folder;

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Backup_and_restore_keep_every_row_id_password_token_and_version()
    {
        var source = await Migrated();
        var seeded = await BackupSeed.WriteAsync(source, Cancel);
        var target = await Migrated();

        var written = await new DatabaseBackup(source).WriteAsync(Folder.PathOf("a.zip"), Cancel);
        var restored = await new DatabaseRestore(target).RestoreAsync(Folder.PathOf("a.zip"), Cancel);
        var again = await new DatabaseBackup(target).WriteAsync(Folder.PathOf("b.zip"), Cancel);

        Assert.Equal(written.Tables, restored.Tables);
        Assert.Equal(written.Tables, again.Tables);
        Assert.Contains(written.Tables, t => t.Table == "ReportVersions" && t.Rows == 2);
        await BackupSeed.AssertUsableAsync(target, seeded, Cancel);
    }

    [Fact]
    public async Task Restore_refuses_a_database_with_data_and_leaves_it_alone()
    {
        var source = await Migrated();
        await BackupSeed.WriteAsync(source, Cancel);
        await new DatabaseBackup(source).WriteAsync(Folder.PathOf("a.zip"), Cancel);

        var error = await Assert.ThrowsAsync<StorageException>(() => new DatabaseRestore(source).RestoreAsync(Folder.PathOf("a.zip"), Cancel));

        Assert.Contains("已有数据", error.Message);
        await using var db = await source.OpenAsync(Cancel);
        Assert.Equal(2, await db.Versions.CountAsync(Cancel));
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_archive_or_one_from_a_newer_version()
    {
        var source = await Migrated();
        await BackupSeed.WriteAsync(source, Cancel);
        await new DatabaseBackup(source).WriteAsync(Folder.PathOf("a.zip"), Cancel);
        File.Copy(Folder.PathOf("a.zip"), Folder.PathOf("newer.zip"));
        File.Copy(Folder.PathOf("a.zip"), Folder.PathOf("damaged.zip"));
        Rewrite(Folder.PathOf("newer.zip"), "manifest.json", text =>
        {
            var manifest = JsonNode.Parse(text)!;
            manifest["schema"] = "SomethingFromTheFuture";
            return manifest.ToJsonString();
        });
        Rewrite(Folder.PathOf("damaged.zip"), "tables/Users.jsonl", text => text.Replace("审核员甲", "审核员丙", StringComparison.Ordinal));
        var target = await Migrated();

        var newer = await Assert.ThrowsAsync<StorageException>(() => new DatabaseRestore(target).RestoreAsync(Folder.PathOf("newer.zip"), Cancel));
        var damaged = await Assert.ThrowsAsync<StorageException>(() => new DatabaseRestore(target).RestoreAsync(Folder.PathOf("damaged.zip"), Cancel));
        Assert.Throws<StorageException>(() => new DatabaseBackup(source).WriteAsync(Folder.PathOf("a.zip"), Cancel).GetAwaiter().GetResult());

        Assert.Contains("比本版本的 Jixiao 新", newer.Message);
        Assert.Contains("tables/Users.jsonl 与清单不符", damaged.Message);
        await using var db = await target.OpenAsync(Cancel);
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
    }

    private static void Rewrite(string zipPath, string entryName, Func<string, string> change)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
        writer.Write(change(text));
    }
}

public sealed class SqliteBackupTests(SqliteServer server) : BackupTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresBackupTests(PostgresServer server) : BackupTests(server), IClassFixture<PostgresServer>
{
    [Fact]
    public async Task A_sqlite_backup_restores_into_postgresql_and_back_unchanged()
    {
        using var sqlite = new SqliteServer();
        var source = sqlite.NewDatabase();
        await source.MigrateAsync(Cancel);
        var seeded = await BackupSeed.WriteAsync(source, Cancel);
        var postgres = await Migrated();
        var back = sqlite.NewDatabase();

        var first = await new DatabaseBackup(source).WriteAsync(Folder.PathOf("sqlite.zip"), Cancel);
        await new DatabaseRestore(postgres).RestoreAsync(Folder.PathOf("sqlite.zip"), Cancel);
        var second = await new DatabaseBackup(postgres).WriteAsync(Folder.PathOf("postgres.zip"), Cancel);
        await new DatabaseRestore(back).RestoreAsync(Folder.PathOf("postgres.zip"), Cancel);
        var third = await new DatabaseBackup(back).WriteAsync(Folder.PathOf("back.zip"), Cancel);

        Assert.Equal(first.Tables, second.Tables);
        Assert.Equal(first.Tables, third.Tables);
        await BackupSeed.AssertUsableAsync(postgres, seeded, Cancel);
        await BackupSeed.AssertUsableAsync(back, seeded, Cancel);
    }
}
