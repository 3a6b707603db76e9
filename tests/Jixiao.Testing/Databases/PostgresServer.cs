using Jixiao.Data;
using Npgsql;

namespace Jixiao.Testing.Databases;

/// <summary>Fresh databases on the server JIXIAO_TEST_POSTGRES names (its role needs CREATEDB); dropped when the class ends.</summary>
public sealed class PostgresServer : IDatabaseServer, IDisposable
{
    private const int DropAttempts = 50;
    private static readonly TimeSpan DropPause = TimeSpan.FromMilliseconds(200);

    private readonly List<string> created = [];
    private string? server;

    public StorageProvider Provider => StorageProvider.Postgres;

    public StorageConnection NewDatabase()
    {
        server ??= TestPostgres.ConnectionString();
        var name = $"jixiao_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        lock (created)
        {
            created.Add(name);
        }

        return new StorageConnection(StorageProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public void Dispose()
    {
        if (server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        foreach (var name in created)
        {
            Drop(name);
        }
    }

    /// <summary>
    /// FORCE ends the role's own leftover sessions, but PostgreSQL refuses it (42501) while an autovacuum worker is in
    /// the database, since that worker belongs to no role the test role may signal; the worker soon finishes, so try again.
    /// </summary>
    private void Drop(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < DropAttempts)
            {
                Thread.Sleep(DropPause);
            }
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
