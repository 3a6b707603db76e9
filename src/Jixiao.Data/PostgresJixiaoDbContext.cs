using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>The PostgreSQL context (migrations in Migrations/Postgres); times are <c>timestamptz</c> in UTC.</summary>
public sealed class PostgresJixiaoDbContext(DbContextOptions<PostgresJixiaoDbContext> options) : JixiaoDbContext(options);
