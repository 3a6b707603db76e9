namespace Jixiao.Testing;

/// <summary>
/// The PostgreSQL server storage tests run against: a connection string in JIXIAO_TEST_POSTGRES whose role may
/// create databases. Without it the PostgreSQL tests skip, or fail when CI requires everything.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "JIXIAO_TEST_POSTGRES";

    public static string ConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            ExternalRequirement.Missing($"PostgreSQL（环境变量 {Variable}，例如 Host=127.0.0.1;Port=55432;Database=jixiao;Username=app;Password=app）");
        }

        return value!;
    }
}
