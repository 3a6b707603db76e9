using System.Text;
using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao department import|list`, `jixiao user import|list|token|revoke-token` and `jixiao db backup|restore` on SQLite files.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private const string Bureau = "广州市天河区应急管理局";

    private readonly TempFolder folder = new();

    static AdminCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private string Db => folder.PathOf("jixiao.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Department_import_of_a_gb18030_csv_adds_once_and_lists_the_hierarchy()
    {
        var file = folder.File("部门.csv", Encoding.GetEncoding("GB18030").GetBytes($"部门名称,上级部门\r\n森林防火办公室,{Bureau}\r\n{Bureau},\r\n"));

        var first = Cli.Run("department", "import", file, "--db", Db).ExpectExit(0).ExpectNoCrash();
        var again = Cli.Run("department", "import", file, "--db", Db).ExpectExit(0).ExpectNoCrash();
        var list = Cli.Run("department", "list", "--db", Db).ExpectExit(0);

        Assert.StartsWith("部门 2 新增，0 已存在，0 更新上级部门", first.Out);
        Assert.StartsWith("部门 0 新增，2 已存在，0 更新上级部门", again.Out);
        Assert.EndsWith("；数据库没有改变", again.OutLines.Single());
        Assert.Equal(["部门名称\t上级部门\t用户数", $"{Bureau}\t\t0", $"森林防火办公室\t{Bureau}\t0"], list.OutLines);
    }

    [Fact]
    public void A_bad_department_file_exits_2_naming_each_row_and_writes_nothing()
    {
        var file = folder.File("部门.csv", "部门名称,上级部门\n甲,不存在的局\n甲,\n");
        Cli.Run("db", "migrate", "--db", Db).ExpectExit(0);

        var result = Cli.Run("department", "import", file, "--db", Db).ExpectExit(2).ExpectNoCrash();

        Assert.Equal([$"{file} 第 3 行：部门“甲”与第 2 行重复", $"{file} 第 2 行：上级部门“不存在的局”既不在文件中，也不在数据库中", "未导入任何数据：有 2 处问题，改正后重新导入"], result.ErrorLines);
        Assert.Empty(result.Out);
        Assert.Equal(["部门名称\t上级部门\t用户数"], Cli.Run("department", "list", "--db", Db).OutLines);
    }

    [Fact]
    public async Task User_import_prints_working_tokens_or_writes_them_to_a_file_and_tokens_can_be_revoked_and_reissued()
    {
        Cli.Run("department", "import", folder.File("部门.csv", $"部门名称\n{Bureau}\n"), "--db", Db).ExpectExit(0);
        var users = folder.File("用户.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"用户名,角色,部门,初始密码\n张三,部门用户,{Bureau},pw-1\n")]);
        var more = folder.File("用户2.csv", "用户名,角色\n李四,审核人\n");

        var printed = Cli.Run("user", "import", users, "--db", Db).ExpectExit(0).ExpectNoCrash();
        var toFile = Cli.Run("user", "import", more, "--tokens-out", folder.PathOf("令牌.csv"), "--db", Db).ExpectExit(0).ExpectNoCrash();
        var again = Cli.Run("user", "import", users, "--db", Db).ExpectExit(0).ExpectNoCrash();

        Assert.Equal("用户名\t角色\t部门\tAPI令牌", printed.OutLines[0]);
        var zhang = printed.OutLines[1].Split('\t');
        Assert.Equal(["张三", "部门用户", Bureau], zhang[..3]);
        Assert.Empty(toFile.Out);
        var written = File.ReadAllLines(folder.PathOf("令牌.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), File.ReadAllBytes(folder.PathOf("令牌.csv"))[..3]);
        Assert.Equal("用户名,角色,部门,API令牌", written[0]);
        var li = written[1].Split(',');
        Assert.Empty(again.Out);
        Assert.Contains("用户 0 新增，1 已存在", again.Error);
        Assert.Contains("数据库没有改变", again.Error);
        Assert.Equal("张三", (await UserOf(zhang[3]))?.Name);
        Assert.Equal("李四", (await UserOf(li[3]))?.Name);

        var revoked = Cli.Run("user", "revoke-token", "张三", "--db", Db).ExpectExit(0);
        var reissued = Cli.Run("user", "token", "张三", "--db", Db).ExpectExit(0);
        var list = Cli.Run("user", "list", "--db", Db).ExpectExit(0);

        Assert.Equal(["已吊销用户“张三”的 1 个 API 令牌"], revoked.OutLines);
        Assert.Null(await UserOf(zhang[3]));
        Assert.Equal("张三", (await UserOf(reissued.OutLines.Single().Split('：')[1]))?.Name);
        Assert.Equal(["用户名\t角色\t部门\t密码\t锁定\t有效令牌", "张三\t部门用户\t" + Bureau + "\t有\t否\t1", "李四\t审核人\t\t无\t否\t1"], list.OutLines);
        Cli.RunWithInput(li[3] + "\n", "user", "revoke-token", "张三", "--token-stdin", "--db", Db).ExpectExit(2).ExpectNoCrash();
        Cli.RunWithInput(li[3] + "\n", "user", "revoke-token", "李四", "--token-stdin", "--db", Db).ExpectExit(0);
        Assert.Null(await UserOf(li[3]));
    }

    [Fact]
    public async Task Db_backup_and_restore_round_trip_and_refuse_to_overwrite()
    {
        Cli.RunWithInput("pw-1\n", "user", "add", "管理员甲", "--role", "admin", "--password-stdin", "--db", Db).ExpectExit(0);
        var backup = folder.PathOf("备份.zip");
        var copy = folder.PathOf("恢复.db");

        var written = Cli.Run("db", "backup", backup, "--db", Db).ExpectExit(0).ExpectNoCrash();
        var restored = Cli.Run("db", "restore", backup, "--db", copy).ExpectExit(0).ExpectNoCrash();
        var overwrite = Cli.Run("db", "backup", backup, "--db", Db).ExpectExit(2).ExpectNoCrash();
        var refused = Cli.Run("db", "restore", backup, "--db", copy).ExpectExit(2).ExpectNoCrash();

        Assert.Contains("Users 1 行", written.Out);
        Assert.Contains("Users 1 行", restored.Out);
        Assert.Equal([$"{backup} 已存在：备份不覆盖已有文件"], overwrite.ErrorLines);
        Assert.Contains("已有数据", refused.Error);
        await using var db = await StorageConnection.Parse(copy).OpenAsync(Cancel);
        Assert.NotNull(await new ReportStore(db).CheckPasswordAsync("管理员甲", "pw-1", Cancel));
    }

    private async Task<Data.Entities.User?> UserOf(string token)
    {
        await using var db = await StorageConnection.Parse(Db).OpenAsync(Cancel);
        return await new ReportStore(db).FindUserByTokenAsync(token, Cancel);
    }
}
