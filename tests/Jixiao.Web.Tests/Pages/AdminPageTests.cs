using System.Net;
using System.Text;
using Jixiao.Data.Accounts;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing.Databases;

namespace Jixiao.Web.Tests.Pages;

/// <summary>The 管理 pages in memory over SQLite: only admins reach them; department import and deadlines through the forms.</summary>
public sealed class AdminPageTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private static readonly string[] AdminPages = ["/admin/departments", "/admin/users", "/admin/deadlines", "/admin/schemes"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Department_users_and_reviewers_get_403_and_no_管理_link()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var reviewer = await PageSession.SignInAsync(host, "财政审核员", UserRole.Reviewer);
        var admin = await PageSession.SignInAsync(host, "管理员", UserRole.Admin);

        foreach (var session in new[] { department, reviewer })
        {
            foreach (var page in AdminPages)
            {
                using var response = await session.Client.GetAsync(page, Cancel);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Contains("只有管理员", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            }

            Assert.Null((await session.GetAsync("/queue")).QuerySelector("nav a[href='/admin/departments']"));
        }

        var form = new Dictionary<string, string> { ["year"] = "2023", ["date"] = "2024-05-31" };
        var token = (await department.GetAsync("/upload")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await department.Client.PostAsync("/admin/deadlines", new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", token))), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            Assert.Empty(await new ReportStore(db).DeadlinesAsync(Cancel));
        }

        using var anonymous = await host.Client().GetAsync("/admin/users", Cancel);
        Assert.Contains("/login", anonymous.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var nav = (await admin.GetAsync("/queue")).QuerySelector("nav a[href='/admin/departments']");
        Assert.Equal("管理", nav?.TextContent);
        foreach (var page in AdminPages)
        {
            Assert.NotNull((await admin.GetAsync(page)).QuerySelector("h1"));
        }
    }

    [Fact]
    public async Task Admins_import_departments_from_a_csv_and_a_file_with_a_bad_row_is_refused_whole()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var admin = await PageSession.SignInAsync(host, "管理员", UserRole.Admin);
        var good = Encoding.UTF8.GetBytes("部门名称,上级部门\n广州市天河区财政局,\n广州市天河区财政局票据中心,广州市天河区财政局\n");

        var accepted = await admin.PostFileAsync("/admin/departments", "Import", "部门.csv", good);

        Assert.Equal("已导入：2 个新增，0 个已存在，0 个更新上级部门。", accepted.QuerySelector("#import-result")?.TextContent);
        var row = accepted.QuerySelectorAll("#departments tbody tr").Single(r => r.Children[0].TextContent == "广州市天河区财政局票据中心");
        Assert.Equal("广州市天河区财政局", row.Children[1].TextContent);

        var again = await admin.PostFileAsync("/admin/departments", "Import", "部门.csv", good);
        Assert.Equal("已导入：0 个新增，2 个已存在，0 个更新上级部门。", again.QuerySelector("#import-result")?.TextContent);

        var bad = Encoding.UTF8.GetBytes("部门名称,上级部门\n广州市天河区审计局,\n广州市天河区审计局分局,不存在的局\n");
        var refused = await admin.PostFileAsync("/admin/departments", "Import", "部门.csv", bad);

        Assert.Null(refused.QuerySelector("#import-result"));
        var problem = Assert.Single(refused.QuerySelectorAll("#import-problems li"));
        Assert.Equal("部门.csv 第 3 行：上级部门“不存在的局”既不在文件中，也不在数据库中", problem.TextContent);
        Assert.DoesNotContain(refused.QuerySelectorAll("#departments td"), c => c.TextContent == "广州市天河区审计局");

        var unreadable = await admin.PostFileAsync("/admin/departments", "Import", "部门.csv", Encoding.UTF8.GetBytes("上级部门\n某局\n"));
        Assert.Contains("缺少“部门名称”列", unreadable.QuerySelector("#import-problems")?.TextContent, StringComparison.Ordinal);

        var added = await admin.PostAsync("/admin/departments", "Add", new Dictionary<string, string> { ["name"] = "广州市天河区审计局", ["parent"] = "" });
        Assert.Equal("已导入：1 个新增，0 个已存在，0 个更新上级部门。", added.QuerySelector("#import-result")?.TextContent);
    }

    [Fact]
    public async Task Admins_set_a_deadline_and_add_a_user_whose_token_is_shown_once()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var admin = await PageSession.SignInAsync(host, "管理员", UserRole.Admin);

        var saved = await admin.PostAsync("/admin/deadlines", null, new Dictionary<string, string> { ["year"] = "2023", ["date"] = "2024-05-31" });
        Assert.Equal("已将 2023 年度报告的截止日期设为 2024-05-31。", saved.QuerySelector("#deadline-saved")?.TextContent);
        Assert.Equal(["2023", "2024-05-31"], saved.QuerySelectorAll("#deadlines tbody tr td").Take(2).Select(c => c.TextContent));
        var wrong = await admin.PostAsync("/admin/deadlines", null, new Dictionary<string, string> { ["year"] = "2023", ["date"] = "2024-02-30" });
        Assert.StartsWith("截止日期应为“年-月-日”", wrong.QuerySelector(".jx-message")?.TextContent, StringComparison.Ordinal);
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            var deadline = Assert.Single(await new ReportStore(db).DeadlinesAsync(Cancel));
            Assert.Equal(new DateOnly(2024, 5, 31), deadline.Date);
        }

        var fields = new Dictionary<string, string> { ["name"] = "天河新人", ["role"] = "department", ["department"] = ApiHost.DepartmentA, ["password"] = "初始-密码-1" };
        var added = await admin.PostAsync("/admin/users", "Add", fields);
        var token = added.QuerySelector("#issued-tokens tbody td code")?.TextContent;
        Assert.False(string.IsNullOrEmpty(token));
        using (var me = await host.Client(token).GetAsync("/api/session", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        var listed = await admin.GetAsync("/admin/users");
        Assert.Null(listed.QuerySelector("#issued-tokens"));
        var row = listed.QuerySelectorAll("#users tbody tr").Single(r => r.Children[0].TextContent == "天河新人");
        Assert.Equal(["部门用户", ApiHost.DepartmentA, "有", "否", "1"], row.Children.Skip(1).Take(5).Select(c => c.TextContent));

        var revoked = await admin.PostAsync("/admin/users", "Revoke", new Dictionary<string, string> { ["name"] = "天河新人" });
        Assert.Equal("已吊销用户“天河新人”的 1 个 API 令牌", revoked.QuerySelector(".jx-done")?.TextContent);
        using (var me = await host.Client(token).GetAsync("/api/session", Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        }

        var bad = await admin.PostAsync("/admin/users", "Add", new Dictionary<string, string> { ["name"] = "无部门", ["role"] = "department" });
        Assert.Contains("部门用户“无部门”须填写所属部门", bad.QuerySelector("#import-problems")?.TextContent, StringComparison.Ordinal);
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            Assert.DoesNotContain(await new AccountListing(db).UsersAsync(Cancel), u => u.Name == "无部门");
        }
    }
}
