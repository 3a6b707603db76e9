using System.Diagnostics;
using Jixiao.Data;
using Npgsql;

namespace Jixiao.Testing.Databases;

/// <summary>Fresh databases on the server JIXIAO_TEST_POSTGRES names (its role needs CREATEDB); dropped when the class ends.</summary>
public sealed class PostgresServer : IDatabaseServer, IDisposable
{
    private static readonly TimeSpan DropPatience = TimeSpan.FromSeconds(30);
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
        var failures = new List<Exception>();
        foreach (var name in created)
        {
            try
            {
                Drop(name);
            }
            catch (NpgsqlException e)
            {
                failures.Add(e);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} test database(s) could not be dropped", failures);
        }
    }

    /// <summary>
    /// FORCE ends the role's own leftover sessions, but PostgreSQL refuses it (42501) while an autovacuum worker is in
    /// the database, since that worker belongs to no role the test role may signal, and gives up (55006) when a session
    /// it ended takes over 5 s to exit on a loaded machine; both pass, so try again for up to 30 s.
    /// </summary>
    private void Drop(string name)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse
                && clock.Elapsed < DropPatience)
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
