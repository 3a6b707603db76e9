using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// 在线填报 (/reports/{id}/fill), in memory over SQLite: the form is the workbook's fields pre-filled from the latest
/// version; saving appends a version that the audit sees; a wrong number comes back beside its field and saves nothing;
/// a version saved meanwhile is not overwritten; only those who may upload a version in the report's state reach it.
/// </summary>
public sealed class FillPageTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    /// <summary>The 调整后预算数 of 森防办's 基本支出合计 in the bundled sample: 550.41, against 403.52 + 0 − 146.83 (JX1003).</summary>
    internal const string UnbalancedLabel = "基本支出合计：调整后预算数";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saving_the_form_appends_a_version_whose_audit_no_longer_has_the_fixed_finding()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var view = await department.GetAsync($"/reports/{id}");
        Assert.Equal($"/reports/{id}/fill", view.QuerySelector("#fill-report")?.GetAttribute("href"));
        Assert.Contains(Rules(view), r => r == "JX1003");

        var form = await department.GetAsync($"/reports/{id}/fill");
        var fields = Fields(form);
        Assert.Equal("1", fields["basedOn"]);
        Assert.Equal("万元", fields["moneyUnit"]);
        var unbalanced = Unbalanced(form);
        Assert.Equal("550.41", unbalanced.GetAttribute("value"));
        Assert.Equal(ApiHost.DepartmentA, form.QuerySelector("input[readonly]")?.GetAttribute("value"));
        Assert.All(form.QuerySelectorAll("form.jx-fill input:not([type=hidden]), form.jx-fill select, form.jx-fill textarea"),
            input => Assert.True(input.HasAttribute("aria-label") || form.QuerySelector($"label[for='{input.Id}']") is not null, $"{input.Id} 没有标签"));

        fields[unbalanced.GetAttribute("name")!] = "256.69";
        var saved = await department.PostAsync($"/reports/{id}/fill", null, fields);

        Assert.Equal("2", saved.QuerySelector("#version option[selected]")?.GetAttribute("value"));
        Assert.DoesNotContain(Rules(saved), r => r == "JX1003");
        Assert.NotEmpty(Rules(saved));
        await using var db = await host.Connection.OpenAsync(Cancel);
        var versions = await new ReportStore(db).VersionsAsync(id, Cancel);
        Assert.Equal(2, versions.Count);
        Assert.Equal("在线填报.xlsx", versions[^1].SourceFile);
    }

    [Fact]
    public async Task A_wrong_number_is_shown_beside_its_field_and_nothing_is_saved()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var form = await department.GetAsync($"/reports/{id}/fill");
        var fields = Fields(form);
        var name = Unbalanced(form).GetAttribute("name")!;
        fields[name] = "五百五十";

        var again = await department.PostAsync($"/reports/{id}/fill", null, fields);

        Assert.Equal("有 1 处填写不正确，没有保存：请按各栏旁的说明修改后再保存。", again.QuerySelector(".jx-message")?.TextContent);
        var input = again.GetElementById(name)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("五百五十", input.GetAttribute("value"));
        Assert.Equal("不是数字", again.GetElementById($"{name}-error")?.TextContent);
        Assert.Equal(1, await VersionCountAsync(host, id));
    }

    [Fact]
    public async Task A_version_saved_meanwhile_is_not_overwritten()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var form = await department.GetAsync($"/reports/{id}/fill");
        var fields = Fields(form);
        fields[Unbalanced(form).GetAttribute("name")!] = "256.69";
        await Upload.SampleAsync(host.Client(host.UserAToken));

        var refused = await department.PostAsync($"/reports/{id}/fill", null, fields);

        Assert.Equal(
            "保存前，报告已有他人保存的第 2 版（本表按第 1 版填写）。为避免覆盖他人的修改，本次填写没有保存：请先查看最新版本，再重新打开在线填报。",
            refused.QuerySelector(".jx-message")?.TextContent);
        Assert.Equal("256.69", Unbalanced(refused).GetAttribute("value"));
        Assert.Equal(2, await VersionCountAsync(host, id));
    }

    [Fact]
    public async Task Only_those_who_may_upload_a_version_now_reach_the_form()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = await PageSession.SignInAsync(host, "天河填报", UserRole.Department, ApiHost.DepartmentA);
        var outsider = await PageSession.SignInAsync(host, "越秀填报", UserRole.Department, ApiHost.DepartmentB);
        var reviewer = await PageSession.SignInAsync(host, "财政审核员", UserRole.Reviewer);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var fields = Fields(await department.GetAsync($"/reports/{id}/fill"));

        using (var hidden = await outsider.Client.GetAsync($"/reports/{id}/fill", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        // The outsider's own antiforgery token is valid; the report is still absent for them.
        var token = (await outsider.GetAsync("/upload")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using (var body = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))))
        using (var answer = await outsider.Client.PostAsync($"/reports/{id}/fill", body, Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        Assert.NotNull((await reviewer.GetAsync($"/reports/{id}/fill")).QuerySelector("form.jx-fill"));

        var etag = (await department.GetAsync($"/reports/{id}")).QuerySelector("input[name=etag]")!.GetAttribute("value")!;
        await department.PostAsync($"/reports/{id}", "Submit", new Dictionary<string, string> { ["etag"] = etag });
        var submitted = await department.GetAsync($"/reports/{id}");
        Assert.Null(submitted.QuerySelector("#fill-report"));
        using var closed = await department.Client.GetAsync($"/reports/{id}/fill", Cancel);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await closed.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("报告在财政审核中，不能修改：只有草稿或已退回的报告才能在线填报", page.QuerySelector(".jx-message")?.TextContent);
        Assert.Null(page.QuerySelector("form.jx-fill"));
    }

    /// <summary>The rule ids of the findings a report page lists.</summary>
    internal static IEnumerable<string> Rules(IHtmlDocument view) => view.QuerySelectorAll(".jx-finding .jx-rule").Select(r => r.TextContent);

    /// <summary>The input of 森防办's 基本支出合计 调整后预算数.</summary>
    private static IElement Unbalanced(IHtmlDocument form) =>
        Assert.Single(form.QuerySelectorAll("form.jx-fill input[aria-label]"), i => i.GetAttribute("aria-label")!.Contains("森防办", StringComparison.Ordinal) && i.GetAttribute("aria-label")!.EndsWith(UnbalancedLabel, StringComparison.Ordinal));

    /// <summary>What the 在线填报 form would post as it stands.</summary>
    private static Dictionary<string, string> Fields(IHtmlDocument page)
    {
        var form = page.QuerySelector("form.jx-fill") as IHtmlFormElement ?? throw new InvalidOperationException("no 在线填报 form");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                IHtmlTextAreaElement area => (area.Name, area.Value),
                _ => (null, null),
            };
            if (name is not null && name != "__RequestVerificationToken")
            {
                fields[name] = value ?? string.Empty;
            }
        }

        return fields;
    }

    private static async Task<int> VersionCountAsync(ApiHost host, int id)
    {
        await using var db = await host.Connection.OpenAsync(Cancel);
        return (await new ReportStore(db).VersionsAsync(id, Cancel)).Count;
    }
}
