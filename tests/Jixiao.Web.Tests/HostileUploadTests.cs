using System.Net;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>Uploading a zip bomb named .docx: a 422 problem naming the file and the decompressed-size limit, nothing stored.</summary>
public sealed class HostileUploadTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Zip_bomb_upload_is_a_422_problem_naming_the_limit()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var reviewer = host.Client(host.ReviewerToken);
        var bomb = HostileFiles.ZipBomb(HostileFiles.MinimalDocx(), "word/media/zeros.bin", 160L * 1024 * 1024);

        var response = await reviewer.PostAsync("/api/reports", Upload.Form("炸弹.docx", bomb, ApiHost.DepartmentA), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = await AssertProblem(response, "unreadable-input");
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("炸弹.docx：", detail);
        Assert.Contains("Limits:MaxDecompressedBytes", detail);
        Assert.Empty(await Ids(reviewer, "/api/reports"));
    }
}
