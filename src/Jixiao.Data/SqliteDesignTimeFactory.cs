using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data;

/// <summary>Lets `dotnet ef migrations add … --context SqliteJixiaoDbContext` build the SQLite model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJixiaoDbContext>
{
    public SqliteJixiaoDbContext CreateDbContext(string[] args) =>
        (SqliteJixiaoDbContext)StorageConnection.Parse("design-time.db").CreateContext();
}
