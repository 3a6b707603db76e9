using System.Text;
using Jixiao.Data.Accounts;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public abstract class RosterImportTests(IDatabaseServer server) : StorageTests(server), IDisposable
{
    private const string Bureau = "广州市天河区应急管理局";
    private const string Office = "广州市天河区森林防火办公室";

    private readonly TempFolder folder = new();

    static RosterImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Departments_from_a_utf8_bom_csv_with_parents_after_children_import_once()
    {
        var file = Csv("部门.csv", Encoding.UTF8.GetPreamble(), $" 部门 名称 ,上级部门\n{Office},{Bureau}\n\n{Bureau},\n");
        await using var db = await (await Migrated()).OpenAsync(Cancel);

        var first = await new DepartmentImport(db).RunAsync(RosterSheet.Read(file, "部门.csv"), Cancel);
        var again = await new DepartmentImport(db).RunAsync(RosterSheet.Read(file, "部门.csv"), Cancel);

        Assert.Equal((2, 0, 0), (first.Added, first.Existing, first.Updated));
        Assert.Equal((0, 2, 0), (again.Added, again.Existing, again.Updated));
        Assert.Empty(again.Problems);
        var office = await db.Departments.Include(d => d.Parent).SingleAsync(d => d.Name == Office, Cancel);
        Assert.Equal(Bureau, office.Parent?.Name);
    }

    [Fact]
    public async Task Departments_from_xlsx_may_name_a_parent_already_stored_and_move_a_department()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        await store.EnsureDepartmentAsync(Bureau, Cancel);
        await store.EnsureDepartmentAsync(Office, Cancel);
        var file = folder.PathOf("部门.xlsx");
        MiniExcel.SaveAs(file, new[]
        {
            new Dictionary<string, object> { ["部门名称"] = Office, ["主管部门"] = Bureau },
            new Dictionary<string, object> { ["部门名称"] = "广州市天河区应急救援指挥中心", ["主管部门"] = Bureau },
        });

        var result = await new DepartmentImport(db).RunAsync(RosterSheet.Read(file, "部门.xlsx"), Cancel);

        Assert.Equal((1, 0, 1), (result.Added, result.Existing, result.Updated));
        Assert.Equal(3, await db.Departments.CountAsync(Cancel));
        Assert.Equal(2, await db.Departments.CountAsync(d => d.Parent!.Name == Bureau, Cancel));
    }

    [Fact]
    public async Task Bad_department_rows_are_all_reported_and_nothing_is_written()
    {
        var file = Csv("部门.csv", [], "部门名称,上级部门\n甲,乙\n乙,甲\n丙,不存在的局\n,甲\n丁,\n丁,\n");
        await using var db = await (await Migrated()).OpenAsync(Cancel);

        var result = await new DepartmentImport(db).RunAsync(RosterSheet.Read(file, "部门.csv"), Cancel);

        Assert.Equal(
        [
            "部门.csv 第 5 行：部门名称为空",
            "部门.csv 第 7 行：部门“丁”与第 6 行重复",
            "部门.csv 第 2 行：上级部门形成循环：甲 → 乙 → 甲",
            "部门.csv 第 3 行：上级部门形成循环：乙 → 甲 → 乙",
            "部门.csv 第 4 行：上级部门“不存在的局”既不在文件中，也不在数据库中",
        ], result.Problems);
        Assert.Equal(0, await db.Departments.CountAsync(Cancel));
    }

    [Fact]
    public async Task Users_from_a_gb18030_csv_get_a_working_token_and_password_and_import_once()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        await store.EnsureDepartmentAsync(Bureau, Cancel);
        var file = Csv("用户.csv", [], $"用户名,角色,部门,初始密码\n张三,部门用户,{Bureau},初始-密码1\n李审核,reviewer,,\n", Encoding.GetEncoding("GB18030"));

        var first = await new UserImport(db).RunAsync(RosterSheet.Read(file, "用户.csv"), Cancel);
        var again = await new UserImport(db).RunAsync(RosterSheet.Read(file, "用户.csv"), Cancel);

        Assert.Equal((2, 0), (first.Added, first.Existing));
        Assert.Equal((0, 2), (again.Added, again.Existing));
        Assert.Empty(again.Tokens);
        Assert.Equal(["张三", "李审核"], first.Tokens.Select(t => t.User));
        var zhang = await store.FindUserByTokenAsync(first.Tokens[0].Token, Cancel);
        Assert.Equal((UserRole.Department, Bureau), (zhang!.Role, (await db.Departments.SingleAsync(d => d.Id == zhang.DepartmentId, Cancel)).Name));
        Assert.NotNull(await store.CheckPasswordAsync("张三", "初始-密码1", Cancel));
        Assert.Equal(UserRole.Reviewer, (await store.FindUserByTokenAsync(first.Tokens[1].Token, Cancel))?.Role);
        Assert.Equal(2, await db.ApiTokens.CountAsync(Cancel));
    }

    [Fact]
    public async Task Bad_user_rows_are_all_reported_and_nothing_is_written()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        await new ReportStore(db).EnsureDepartmentAsync(Bureau, Cancel);
        var file = Csv("用户.csv", [], $"用户名,角色,部门\n甲,老板,\n乙,部门用户,\n丙,部门用户,没有这个局\n丁,审核人,\n丁,管理员,\n戊,部门用户,{Bureau}\n");

        var result = await new UserImport(db).RunAsync(RosterSheet.Read(file, "用户.csv"), Cancel);

        Assert.Equal(
        [
            "用户.csv 第 2 行：未知角色“老板”：应为 管理员、审核人、部门用户（或 admin、reviewer、department）",
            "用户.csv 第 3 行：部门用户“乙”须填写所属部门",
            "用户.csv 第 4 行：部门“没有这个局”不在数据库中：请先用 jixiao department import 导入部门",
            "用户.csv 第 6 行：用户“丁”与第 5 行重复",
        ], result.Problems);
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
        Assert.Equal(0, await db.ApiTokens.CountAsync(Cancel));
    }

    [Fact]
    public async Task Revoking_a_users_tokens_stops_them_and_a_reissued_one_works()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var first = await store.IssueTokenAsync(user, Cancel);
        var second = await store.IssueTokenAsync(user, Cancel);
        var administration = new TokenAdministration(db);

        Assert.Equal(2, await administration.RevokeAllAsync(user.Name, Cancel));
        Assert.Null(await store.FindUserByTokenAsync(first, Cancel));
        Assert.Null(await store.FindUserByTokenAsync(second, Cancel));
        Assert.Equal(0, await administration.RevokeAllAsync(user.Name, Cancel));

        var third = await administration.IssueAsync(user.Name, Cancel);
        Assert.Equal(user.Id, (await store.FindUserByTokenAsync(third, Cancel))?.Id);
        var other = await Reviewer(store, "审核员乙");
        Assert.False(await administration.RevokeAsync(other.Name, third, Cancel));
        await Assert.ThrowsAsync<StorageException>(() => administration.RevokeAsync("没有这个人", third, Cancel));
        Assert.True(await administration.RevokeAsync(user.Name, third, Cancel));
        Assert.Null(await store.FindUserByTokenAsync(third, Cancel));
        var listed = await new AccountListing(db).UsersAsync(Cancel);
        Assert.Equal([("审核员乙", 0), ("审核员甲", 0)], listed.Select(u => (u.Name, u.ActiveTokens)).Order());
    }

    private string Csv(string name, byte[] preamble, string text, Encoding? encoding = null) =>
        folder.File(name, [.. preamble, .. (encoding ?? new UTF8Encoding(false)).GetBytes(text)]);
}

public sealed class SqliteRosterImportTests(SqliteServer server) : RosterImportTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresRosterImportTests(PostgresServer server) : RosterImportTests(server), IClassFixture<PostgresServer>;
