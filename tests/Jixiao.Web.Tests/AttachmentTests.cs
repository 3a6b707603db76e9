using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Jixiao.Data.Entities;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>Attachments (佐证材料): upload, list, download, storage once per content, limits and scope; once per database.</summary>
public abstract class AttachmentTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_attachment_is_listed_and_downloaded_byte_identical_with_its_name()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        var bytes = Bytes(1000, seed: 1);

        var added = await userA.PostAsync($"/api/reports/{id}/attachments", Form("会议纪要.pdf", bytes, "2023 年度绩效自评会议纪要"), Cancel);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        using var created = await Json(added);
        var attachmentId = created.RootElement.GetProperty("id").GetInt64();
        Assert.Equal($"/api/reports/{id}/attachments/{attachmentId}", added.Headers.Location?.OriginalString);
        using var list = await Json(await host.Client(host.ReviewerToken).GetAsync($"/api/reports/{id}/attachments", Cancel));
        var item = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("会议纪要.pdf", item.GetProperty("name").GetString());
        Assert.Equal(1000, item.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), item.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", item.GetProperty("contentType").GetString());
        Assert.Equal("天河", item.GetProperty("uploadedBy").GetString());
        Assert.Equal("2023 年度绩效自评会议纪要", item.GetProperty("description").GetString());
        Assert.Equal(1, item.GetProperty("version").GetInt32());

        var download = await userA.GetAsync($"/api/reports/{id}/attachments/{attachmentId}", Cancel);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("会议纪要.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        await AssertProblem(await userA.GetAsync($"/api/reports/{id}/attachments/{attachmentId + 1}", Cancel), "not-found", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_content_twice_is_stored_once_and_names_are_sanitised()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);
        var bytes = Bytes(500, seed: 2);

        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync($"/api/reports/{id}/attachments", Form("../../etc/passwd", bytes), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client(host.ReviewerToken).PostAsync($"/api/reports/{id}/attachments", Form("..\\材料\u0007.html", bytes), Cancel)).StatusCode);

        using var list = await Json(await userA.GetAsync($"/api/reports/{id}/attachments", Cancel));
        var items = list.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["passwd", "材料.html"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.All(items, i => Assert.Equal("application/octet-stream", i.GetProperty("contentType").GetString()));
        Assert.Equal(["天河", "审核员"], items.Select(i => i.GetProperty("uploadedBy").GetString()));
        await using var db = await host.Connection.OpenAsync(Cancel);
        Assert.Equal(1, await db.AttachmentBlobs.CountAsync(Cancel));
        Assert.Equal(2, await db.Attachments.CountAsync(Cancel));
        Assert.Equal(2, await db.Activity.CountAsync(a => a.Action == ActivityActions.AttachmentAdded, Cancel));
    }

    [Fact]
    public async Task Files_above_the_limits_are_a_413_naming_the_limit()
    {
        var limits = new Dictionary<string, string> { ["Attachments:MaxFileBytes"] = "1000", ["Attachments:MaxReportBytes"] = "1500" };
        await using var host = await ApiHost.StartAsync(server, Cancel, limits);
        var userA = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(userA);

        using (var problem = await AssertProblem(await userA.PostAsync($"/api/reports/{id}/attachments", Form("大.pdf", Bytes(1001, seed: 3)), Cancel), "too-large", HttpStatusCode.RequestEntityTooLarge))
        {
            Assert.Equal("附件超过单个文件 1000 字节 的上限", problem.RootElement.GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.Created, (await userA.PostAsync($"/api/reports/{id}/attachments", Form("一.pdf", Bytes(1000, seed: 4)), Cancel)).StatusCode);
        using (var problem = await AssertProblem(await userA.PostAsync($"/api/reports/{id}/attachments", Form("二.pdf", Bytes(600, seed: 5)), Cancel), "too-large", HttpStatusCode.RequestEntityTooLarge))
        {
            Assert.Equal("附件总量超过每份报告 1500 字节 的上限", problem.RootElement.GetProperty("title").GetString());
        }

        using var list = await Json(await userA.GetAsync($"/api/reports/{id}/attachments", Cancel));
        Assert.Single(list.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Another_department_gets_404_the_parent_reads_only_and_an_approved_report_takes_none()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var userA = host.Client(host.UserAToken);
        var userB = host.Client(host.UserBToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(userA);
        using var created = await Json(await userA.PostAsync($"/api/reports/{id}/attachments", Form("说明.docx", Bytes(10, seed: 6)), Cancel));
        var attachmentId = created.RootElement.GetProperty("id").GetInt64();

        await AssertProblem(await userB.PostAsync($"/api/reports/{id}/attachments", Form("偷.pdf", Bytes(10, seed: 7)), Cancel), "not-found", HttpStatusCode.NotFound);
        await AssertProblem(await userB.GetAsync($"/api/reports/{id}/attachments", Cancel), "not-found", HttpStatusCode.NotFound);
        await AssertProblem(await userB.GetAsync($"/api/reports/{id}/attachments/{attachmentId}", Cancel), "not-found", HttpStatusCode.NotFound);

        var parent = host.Client(await host.AddUserAsync("广州市应急管理局用户", UserRole.Department, "广州市应急管理局"));
        await using (var db = await host.Connection.OpenAsync(Cancel))
        {
            var parentId = (await db.Departments.SingleAsync(d => d.Name == "广州市应急管理局", Cancel)).Id;
            (await db.Departments.SingleAsync(d => d.Name == ApiHost.DepartmentA, Cancel)).ParentId = parentId;
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(HttpStatusCode.OK, (await parent.GetAsync($"/api/reports/{id}/attachments/{attachmentId}", Cancel)).StatusCode);
        await AssertProblem(await parent.PostAsync($"/api/reports/{id}/attachments", Form("主管.pdf", Bytes(10, seed: 8)), Cancel), "forbidden", HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await userA.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await parent.PostAsync($"/api/reports/{id}/approve", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await reviewer.PostAsync($"/api/reports/{id}/attachments", Form("审核.pdf", Bytes(10, seed: 9)), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/approve", null, Cancel)).StatusCode);
        await AssertProblem(await userA.PostAsync($"/api/reports/{id}/attachments", Form("晚.pdf", Bytes(10, seed: 10)), Cancel), "wrong-state", HttpStatusCode.Conflict);
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static MultipartFormDataContent Form(string name, byte[] bytes, string? description = null)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { content, "file", name } };
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return form;
    }
}

public sealed class SqliteAttachmentTests(SqliteServer server) : AttachmentTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresAttachmentTests(PostgresServer server) : AttachmentTests(server), IClassFixture<PostgresServer>;
