using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data;

/// <summary>Lets `dotnet ef migrations add … --context PostgresJixiaoDbContext` build the PostgreSQL model (no server needed).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJixiaoDbContext>
{
    public PostgresJixiaoDbContext CreateDbContext(string[] args) =>
        (PostgresJixiaoDbContext)StorageConnection.Parse("Host=localhost;Database=jixiao").CreateContext();
}
