using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao db migrate` and `jixiao user add` on a SQLite file.</summary>
public sealed class StorageCommandTests : IDisposable
{
    private const string TokenLabel = "API 令牌（只显示这一次，请妥善保存）：";

    private readonly TempFolder folder = new();

    private string Db => folder.PathOf("jixiao.db");

    [Fact]
    public void Db_migrate_creates_a_new_file_and_then_finds_it_up_to_date()
    {
        var first = Cli.Run("db", "migrate", "--db", Db).ExpectExit(0).ExpectNoCrash();
        var second = Cli.Run("db", "migrate", "--db", Db).ExpectExit(0).ExpectNoCrash();

        Assert.True(File.Exists(Db));
        // Every migration of the SQLite set, in order.
        Assert.Contains("已应用 6 个迁移", first.Out);
        Assert.Matches("Initial.*Workflow.*FindingDecisions.*ParentReviewDeadlinesAttachments.*ImportJobs.*DigestColumns", first.Out);
        Assert.Contains("已是最新的表结构", second.Out);
    }

    [Fact]
    public async Task User_add_prints_a_working_token_once()
    {
        var result = Cli.Run("user", "add", "张三", "--role", "department", "--department", "广州市天河区应急管理局", "--db", Db).ExpectExit(0).ExpectNoCrash();

        var line = Assert.Single(result.OutLines);
        Assert.StartsWith(TokenLabel, line);
        var token = line[TokenLabel.Length..];
        Assert.Contains("已创建用户“张三”（部门用户）", result.Error);
        Assert.DoesNotContain(token, result.Error);
        await using var db = await StorageConnection.Parse(Db).OpenAsync(TestContext.Current.CancellationToken);
        var user = await new ReportStore(db).FindUserByTokenAsync(token, TestContext.Current.CancellationToken);
        Assert.Equal("张三", user?.Name);
        Assert.Equal(UserRole.Department, user?.Role);
        Assert.Equal("广州市天河区应急管理局", (await db.Departments.SingleAsync(TestContext.Current.CancellationToken)).Name);
    }

    [Fact]
    public async Task User_add_reads_the_password_from_stdin()
    {
        Cli.RunWithInput("s3cret-密码\n", "user", "add", "admin", "--role", "admin", "--password-stdin", "--db", Db).ExpectExit(0).ExpectNoCrash();

        await using var db = await StorageConnection.Parse(Db).OpenAsync(TestContext.Current.CancellationToken);
        var store = new ReportStore(db);
        Assert.NotNull(await store.CheckPasswordAsync("admin", "s3cret-密码", TestContext.Current.CancellationToken));
        Assert.Null(await store.CheckPasswordAsync("admin", "s3cret-密码\n", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("未知角色“boss”：应为 admin、reviewer 或 department", "user", "add", "甲", "--role", "boss")]
    [InlineData("部门用户“甲”须用 --department 指明所属部门", "user", "add", "甲", "--role", "department")]
    [InlineData("--password-stdin：标准输入没有密码", "user", "add", "甲", "--role", "admin", "--password-stdin")]
    public void User_add_refuses_a_wrong_request_in_one_line(string message, params string[] args)
    {
        var result = Cli.Run([.. args, "--db", Db]).ExpectExit(2).ExpectNoCrash();

        Assert.Equal([message], result.ErrorLines);
        Assert.Empty(result.Out);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void User_add_refuses_an_existing_user()
    {
        Cli.Run("user", "add", "乙", "--role", "reviewer", "--db", Db).ExpectExit(0);

        var result = Cli.Run("user", "add", "乙", "--role", "admin", "--db", Db).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["用户“乙”已存在"], result.ErrorLines);
        Assert.Empty(result.Out);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
