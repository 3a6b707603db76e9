namespace Jixiao.Data.Tests;

public sealed class StorageConnectionTests
{
    [Theory]
    [InlineData("Host=db.example;Database=jixiao;Username=app", StorageProvider.Postgres)]
    [InlineData("Server=db;Database=jixiao", StorageProvider.Postgres)]
    [InlineData("data/jixiao.db", StorageProvider.Sqlite)]
    [InlineData("Data Source=data/jixiao.db;Cache=Shared", StorageProvider.Sqlite)]
    [InlineData("报告=2024.db", StorageProvider.Sqlite)]
    public void The_db_value_names_the_provider(string db, StorageProvider provider) =>
        Assert.Equal(provider, StorageConnection.Parse(db).Provider);

    [Fact]
    public void Without_a_value_the_environment_or_the_default_file_is_used()
    {
        var saved = Environment.GetEnvironmentVariable(StorageConnection.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(StorageConnection.EnvironmentVariable, null);
            Assert.Equal("jixiao.db", StorageConnection.Parse(null).SqliteFile);
            Environment.SetEnvironmentVariable(StorageConnection.EnvironmentVariable, "Host=pg;Database=j");
            Assert.Equal(StorageProvider.Postgres, StorageConnection.Parse(" ").Provider);
            Assert.Equal("PostgreSQL pg:5432/j", StorageConnection.Parse(null).Display);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StorageConnection.EnvironmentVariable, saved);
        }
    }
}
