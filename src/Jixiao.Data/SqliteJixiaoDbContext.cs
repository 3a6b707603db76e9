using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data;

/// <summary>The SQLite context (migrations in Migrations/Sqlite). Times are stored as 64-bit UTC ticks so that they sort and compare in SQL.</summary>
public sealed class SqliteJixiaoDbContext(DbContextOptions<SqliteJixiaoDbContext> options) : JixiaoDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
