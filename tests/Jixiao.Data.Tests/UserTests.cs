using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public abstract class UserTests(IDatabaseServer server) : StorageTests(server)
{
    [Fact]
    public async Task A_token_signs_its_user_in_until_revoked_and_is_stored_only_hashed()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await store.AddUserAsync("张三", UserRole.Department, "广州市天河区应急管理局", null, Cancel);

        var token = await store.IssueTokenAsync(user, Cancel);

        Assert.Equal(43, token.Length);
        Assert.Equal(user.Id, (await store.FindUserByTokenAsync(token, Cancel))?.Id);
        Assert.Null(await store.FindUserByTokenAsync(token + "x", Cancel));
        var everything = await AllText.Of(db);
        Assert.DoesNotContain(everything, v => v.Contains(token, StringComparison.Ordinal));
        Assert.Contains(ApiTokenText.Hash(token), everything);

        Assert.True(await store.RevokeTokenAsync(token, Cancel));
        Assert.Null(await store.FindUserByTokenAsync(token, Cancel));
        Assert.False(await store.RevokeTokenAsync(token, Cancel));
        Assert.Equal(
            [ActivityActions.UserAdded, ActivityActions.TokenIssued, ActivityActions.TokenRevoked],
            await db.Activity.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Cancel));
    }

    [Fact]
    public async Task A_password_is_stored_hashed_verifies_and_rejects_a_wrong_one()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        await store.AddUserAsync("admin", UserRole.Admin, null, "正确的密码-123", Cancel);

        Assert.NotNull(await store.CheckPasswordAsync("admin", "正确的密码-123", Cancel));
        Assert.Null(await store.CheckPasswordAsync("admin", "错误的密码", Cancel));
        Assert.Null(await store.CheckPasswordAsync("nobody", "正确的密码-123", Cancel));
        Assert.DoesNotContain(await AllText.Of(db), v => v.Contains("正确的密码-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_wrong_passwords_lock_the_user_for_a_while()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var clock = new ManualClock(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new ReportStore(db, clock);
        await store.AddUserAsync("admin", UserRole.Admin, null, "secret", Cancel);

        for (var i = 0; i < ReportStore.MaxFailedSignIns; i++)
        {
            Assert.Null(await store.CheckPasswordAsync("admin", "wrong", Cancel));
        }

        Assert.Null(await store.CheckPasswordAsync("admin", "secret", Cancel));
        clock.Now += ReportStore.LockoutDuration + TimeSpan.FromSeconds(1);
        var user = await store.CheckPasswordAsync("admin", "secret", Cancel);
        Assert.NotNull(user);
        Assert.Equal(0, user.FailedSignIns);
    }

    [Fact]
    public async Task Adding_a_user_checks_the_name_and_the_department()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await store.AddUserAsync("李四", UserRole.Department, "示例局", null, Cancel);

        var exists = await Assert.ThrowsAsync<StorageException>(() => store.AddUserAsync("李四", UserRole.Reviewer, null, null, Cancel));
        var noDepartment = await Assert.ThrowsAsync<StorageException>(() => store.AddUserAsync("王五", UserRole.Department, null, null, Cancel));

        Assert.Equal("用户“李四”已存在", exists.Message);
        Assert.Contains("--department", noDepartment.Message);
        Assert.Equal("示例局", (await db.Departments.SingleAsync(d => d.Id == user.DepartmentId, Cancel)).Name);
        Assert.Equal(1, await db.Users.CountAsync(Cancel));
    }
}

public sealed class SqliteUserTests(SqliteServer server) : UserTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresUserTests(PostgresServer server) : UserTests(server), IClassFixture<PostgresServer>;
