using System.IO.Compression;
using System.Net;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>The score sheet and the generated report of a stored version, once per database.</summary>
public abstract class OutputTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Score_is_the_score_sheet_json_and_an_unknown_scheme_is_a_400()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(client);

        var response = await client.GetAsync($"/api/reports/{id}/score", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var sheet = await Json(response);
        Assert.Equal("guangdong-department", sheet.RootElement.GetProperty("scheme").GetString());
        Assert.NotEmpty(sheet.RootElement.GetProperty("lines").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/reports/{id}/score?scheme=guangdong-department", Cancel)).StatusCode);
        await AssertProblem(await client.GetAsync($"/api/reports/{id}/score?scheme=no-such-scheme", Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await client.GetAsync($"/api/reports/{id}/score?scheme={Uri.EscapeDataString(BundledSample.Path)}", Cancel), "bad-request", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Export_docx_is_a_word_package_and_html_names_the_department()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(client);

        var docx = await client.GetAsync($"/api/reports/{id}/export?format=docx", Cancel);
        var html = await client.GetAsync($"/api/reports/{id}/export?format=html", Cancel);

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{ApiHost.DepartmentA}2023年部门整体支出绩效自评报告（第1版）.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        using (var zip = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Cancel))))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ApiHost.DepartmentA, await html.Content.ReadAsStringAsync(Cancel));
        await AssertProblem(await client.GetAsync($"/api/reports/{id}/export?format=rtf", Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await client.GetAsync($"/api/reports/{id}/export", Cancel), "bad-request", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Export_xlsx_is_the_self_evaluation_workbook_that_imports_to_the_same_facts()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var client = host.Client(host.UserAToken);
        var id = await Upload.SampleAsync(client);

        var xlsx = await client.GetAsync($"/api/reports/{id}/export?format=xlsx", Cancel);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{ApiHost.DepartmentA}2023年部门整体支出绩效自评报告（第1版）.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        var imported = WorkbookImporter.Import("导出.xlsx", await xlsx.Content.ReadAsByteArrayAsync(Cancel), ReaderLimits.Default);
        Assert.Empty(imported.Errors);
        var stored = ModelJson.Deserialize(await (await client.GetAsync($"/api/reports/{id}", Cancel)).Content.ReadAsStringAsync(Cancel))!;
        Assert.Equal(RoundTripFacts.Of(stored), RoundTripFacts.Of(imported.Report!));
    }

    [Fact]
    public async Task A_department_user_of_another_department_gets_404_on_score_and_export()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var userB = host.Client(host.UserBToken);

        foreach (var path in new[] { "score", "export?format=docx", "export?format=pdf", "export?format=html", "export?format=md", "export?format=xlsx" })
        {
            await AssertProblem(await userB.GetAsync($"/api/reports/{id}/{path}", Cancel), "not-found", HttpStatusCode.NotFound);
        }
    }
}

public sealed class SqliteOutputTests(SqliteServer server) : OutputTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresOutputTests(PostgresServer server) : OutputTests(server), IClassFixture<PostgresServer>;
