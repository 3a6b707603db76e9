using Jixiao.Data;
using Microsoft.Data.Sqlite;

namespace Jixiao.Testing.Databases;

/// <summary>Fresh SQLite files in a temp folder.</summary>
public sealed class SqliteServer : IDatabaseServer, IDisposable
{
    private readonly TempFolder folder = new();

    public StorageProvider Provider => StorageProvider.Sqlite;

    public StorageConnection NewDatabase() => StorageConnection.Parse(folder.PathOf($"{Guid.NewGuid():N}.db"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
