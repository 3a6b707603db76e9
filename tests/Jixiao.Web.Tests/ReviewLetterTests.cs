using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Testing.Databases;
using static Jixiao.Web.Tests.ApiResponses;

namespace Jixiao.Web.Tests;

/// <summary>`GET /api/reports/{id}/review-letter?format=docx|html`: the review letter (审核意见书), once per database.</summary>
public abstract class ReviewLetterTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_docx_letter_is_valid_and_carries_every_finding_the_decisions_and_the_return_reason()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var department = host.Client(host.UserAToken);
        var reviewer = host.Client(host.ReviewerToken);
        var id = await Upload.SampleAsync(department);
        using var audit = await Json(await reviewer.GetAsync($"/api/reports/{id}/findings", Cancel));
        var findings = audit.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, Fingerprint: f.GetProperty("fingerprint").GetString()!, Message: f.GetProperty("message").GetString()!))
            .ToArray();
        await Decide(reviewer, id, findings[0], "explained", "表3 单位为元，已核对");
        await Decide(reviewer, id, findings[1], "false-positive", "四舍五入所致");
        Assert.Equal(HttpStatusCode.OK, (await department.PostAsync($"/api/reports/{id}/submit", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/reports/{id}/return", Body(new { reason = "绩效指标未量化" }), Cancel)).StatusCode);

        var response = await reviewer.GetAsync($"/api/reports/{id}/review-letter?format=docx", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{ApiHost.DepartmentA}2023年部门整体支出绩效自评报告审核意见（第1版）.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToArray();
        var text = string.Join("\n", paragraphs);
        Assert.Contains($"关于{ApiHost.DepartmentA}2023年度部门整体支出绩效自评报告的审核意见", text, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains(f.Message, text, StringComparison.Ordinal));
        Assert.Contains("退回修改。理由：绩效指标未量化", text, StringComparison.Ordinal);
        Assert.Contains("审核人：审核员", text, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Contains(findings[0].Message, StringComparison.Ordinal) && p.EndsWith("说明：表3 单位为元，已核对", StringComparison.Ordinal));
        var falsePositives = Array.FindIndex(paragraphs, p => p.StartsWith("五、", StringComparison.Ordinal));
        Assert.Contains(paragraphs[falsePositives..], p => p.Contains(findings[1].Message, StringComparison.Ordinal) && p.EndsWith("理由：四舍五入所致", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs[..falsePositives], p => p.Contains("四舍五入所致", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_letter_has_the_title_and_a_wrong_format_or_scope_is_refused()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var id = await Upload.SampleAsync(host.Client(host.UserAToken));
        var client = host.Client(host.UserAToken);

        var html = await client.GetAsync($"/api/reports/{id}/review-letter?format=html", Cancel);

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("审核意见", page, StringComparison.Ordinal);
        Assert.Contains("尚未作出审核结论", page, StringComparison.Ordinal);
        await AssertProblem(await client.GetAsync($"/api/reports/{id}/review-letter?format=pdf", Cancel), "bad-request", HttpStatusCode.BadRequest);
        await AssertProblem(await host.Client(host.UserBToken).GetAsync($"/api/reports/{id}/review-letter?format=docx", Cancel), "not-found", HttpStatusCode.NotFound);
    }

    private static async Task Decide(HttpClient client, int id, (string Rule, string Fingerprint, string Message) finding, string decision, string text) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/reports/{id}/findings/decisions",
            Body(new { ruleId = finding.Rule, fingerprint = finding.Fingerprint, decision, text }), Cancel)).StatusCode);

    private static StringContent Body(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}

public sealed class SqliteReviewLetterTests(SqliteServer server) : ReviewLetterTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresReviewLetterTests(PostgresServer server) : ReviewLetterTests(server), IClassFixture<PostgresServer>;
