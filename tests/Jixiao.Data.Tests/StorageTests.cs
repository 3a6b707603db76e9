using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing.Databases;

namespace Jixiao.Data.Tests;

/// <summary>The base of the storage tests: each runs once per provider, each test on its own fresh database.</summary>
public abstract class StorageTests(IDatabaseServer server)
{
    protected IDatabaseServer Server { get; } = server;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A fresh database with the migrations applied.</summary>
    protected async Task<StorageConnection> Migrated()
    {
        var connection = Server.NewDatabase();
        await connection.MigrateAsync(Cancel);
        return connection;
    }

    protected static async Task<User> Reviewer(ReportStore store, string name = "审核员甲") =>
        await store.AddUserAsync(name, UserRole.Reviewer, null, null, Cancel);
}
