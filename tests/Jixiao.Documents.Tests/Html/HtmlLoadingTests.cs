using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Html;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Text;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;

namespace Jixiao.Documents.Tests.Html;

/// <summary>What a user sees when a web page is loaded: the same report as its text, or one clear message.</summary>
public sealed partial class HtmlLoadingTests
{
    private static (Report? Report, LoadFailure? Failure) Load(string name, string content) =>
        new ReportLoader().Load(name, new UTF8Encoding(false).GetBytes(content));

    private static Report Loaded(string name, string content)
    {
        var (report, failure) = Load(name, content);
        Assert.Null(failure);
        return report!;
    }

    /// <summary>Key figures without the file name, as JSON (their lists compare by content).</summary>
    private static string Facts(Report report) => JsonSerializer.Serialize(KeyFigures.Of(report) with { File = null });

    /// <summary>
    /// Rule and message of each finding other than reading findings (JX8xxx). A message quoting a line ("第 49 行")
    /// quotes the text file's line in one and the page's block ordinal ("第 23 段") in the other, so it is left out.
    /// </summary>
    private static string[] Findings(Report report) => new AuditEngine().Audit(report).Findings
        .Where(f => !f.RuleId.StartsWith("JX8", StringComparison.Ordinal))
        .Select(f => $"{f.RuleId} {QuotedLine().Replace(f.Message, "第 n 行")}")
        .ToArray();

    [Fact]
    public void The_synthetic_report_published_on_a_government_page_gives_the_same_key_figures_as_its_text()
    {
        var text = Loaded("synthetic.txt", SyntheticReport.Clean);
        var document = new PlainTextReader(ReaderLimits.Default).Read("synthetic.txt", SyntheticReport.Clean);
        var page = GovernmentPages.Page(SyntheticReport.Title, GovernmentPages.RenderedArticle(document, SyntheticReport.Title));

        var html = Loaded("synthetic.html", page);

        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, html.Genre);
        Assert.Equal((SyntheticReport.Department, 2023), (html.Department, html.Year));
        Assert.Equal(Facts(text), Facts(html));
        Assert.Equal(Findings(text), Findings(html));
        Assert.Equal(new DocumentSource("html", GovernmentPages.Publisher, GovernmentPages.PublishedOn, GovernmentPages.Address), html.Source);
        Assert.Equal(
            text.ReadingProblems.Select(p => p.Code + " " + p.Message),
            html.ReadingProblems.Select(p => p.Code + " " + p.Message));
    }

    [Fact]
    public void The_reference_report_rendered_as_html_gives_the_same_facts_and_findings_as_its_text()
    {
        var path = SharedFiles.SamplePath;
        var content = File.ReadAllText(path);
        var text = Loaded("tianhe.txt", content);
        var document = new PlainTextReader(ReaderLimits.Default).Read("tianhe.txt", content);
        var title = "2023年度广州市天河区应急管理局部门整体支出绩效自评报告";

        var plain = Loaded("tianhe.html", DocumentHtml.Render(document, title));
        var published = Loaded("tianhe-page.html", GovernmentPages.Page(title, GovernmentPages.RenderedArticle(document, title)));

        Assert.NotEmpty(Findings(text));
        foreach (var html in new[] { plain, published })
        {
            Assert.Equal((text.Genre, text.Department, text.Year), (html.Genre, html.Department, html.Year));
            Assert.Equal(text.Sections.Select(s => s.Numbering + s.Title), html.Sections.Select(s => s.Numbering + s.Title));
            Assert.Equal(Facts(text), Facts(html));
            Assert.Equal(Findings(text), Findings(html));
        }
    }

    [Fact]
    public void A_site_index_page_gives_one_clear_message()
    {
        var (report, failure) = Load("index.html", GovernmentPages.IndexPage());

        Assert.Null(report);
        Assert.Equal(ReadingCodes.Unreadable, failure!.Code);
        Assert.Equal("index.html：网页中没有找到正文（只有导航、链接或页眉页脚等），不是报告页面，无法读取", failure.ToString());
    }

    [Fact]
    public void A_page_publishing_the_report_as_an_attachment_names_the_attachment()
    {
        var (report, failure) = Load("attachment.html", GovernmentPages.Page(SyntheticReport.Title, """
            <p>附件：<a href="/attachment/0/123/123456/2023zt.pdf">2023年度广州市示例区测试局部门整体支出绩效自评报告.pdf</a></p>
            """));

        Assert.Null(report);
        Assert.Equal(
            "网页中没有找到报告正文；网页附有文件“2023年度广州市示例区测试局部门整体支出绩效自评报告.pdf”，报告可能在附件中，请下载附件后读取",
            failure!.Message);
    }

    [Fact]
    public void An_article_that_is_not_a_report_is_read_and_extraction_says_so()
    {
        var report = Loaded("news.html", GovernmentPages.Page("示例区召开2024年安全生产工作会议", """
            <p>6月18日，示例区召开2024年安全生产工作会议，总结上半年工作，部署下一阶段任务。</p>
            <p>会议要求，各部门要压实安全生产责任，深入开展隐患排查整治。</p>
            """));

        Assert.Equal(ReportGenre.Unknown, report.Genre);
        Assert.Equal("示例区召开2024年安全生产工作会议", report.Title);
        var problem = Assert.Single(report.ReadingProblems);
        Assert.Equal(ReadingCodes.UnknownGenre, problem.Code);
        Assert.Equal(GovernmentPages.Publisher, report.Source?.Publisher);
    }

    [Fact(Timeout = 60000)]
    public async Task Nesting_200000_elements_deep_is_read_flat_in_bounded_time_with_a_limit_problem()
    {
        const int depth = 200_000;
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>").Append(SyntheticReport.Title).Append("</title></head><body>");
        foreach (var tag in new[] { "div", "span", "table" })
        {
            for (var i = 0; i < depth / 3; i++)
            {
                page.Append(tag == "table" ? "<table><tr><td>" : $"<{tag}>");
            }

            page.Append("<p>一、部门基本情况</p><p>本局负责全区测试工作。</p>");
        }

        page.Append("</body></html>");
        var watch = Stopwatch.StartNew();

        var (report, failure) = await Task.Run(() => new ReportLoader().Load("deep.html", Encoding.UTF8.GetBytes(page.ToString())), TestContext.Current.CancellationToken);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Null(failure);
        var problem = Assert.Single(report!.ReadingProblems, p => p.Code == ReadingCodes.LimitExceeded);
        Assert.Equal($"网页的元素嵌套超过 {ReaderLimits.Default.MaxHtmlDepth} 层（Limits:MaxHtmlDepth），更深的标记未按结构读取（其中的文字仍按顺序读取）", problem.Message);
        Assert.Equal(SyntheticReport.Title, report.Title);
        Assert.Contains(report.Sections, s => s.Title == "部门基本情况");
    }

    [Fact(Timeout = 60000)]
    public async Task Deeply_nested_closed_divisions_are_read_in_bounded_time()
    {
        const int depth = 200_000;
        var page = new StringBuilder("<html><body>")
            .Insert(12, "<div>", depth)
            .Append("<p>").Append(SyntheticReport.Title).Append("</p><p>正文段落在最深处。</p>");
        for (var i = 0; i < depth; i++)
        {
            page.Append("</div>");
        }

        page.Append("</body></html>");
        var watch = Stopwatch.StartNew();

        var outcome = await Task.Run(() => new HtmlReader(ReaderLimits.Default).Read("deep.html", page.ToString()), TestContext.Current.CancellationToken);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        var document = outcome.Document!;
        Assert.Contains(document.Problems, p => p.Code == ReadingCodes.LimitExceeded);
        Assert.Equal(
            [SyntheticReport.Title, "正文段落在最深处。"],
            document.Blocks.OfType<Jixiao.Documents.Neutral.ParagraphBlock>().Select(p => p.Text));
    }

    [Theory(Timeout = 60000)]
    [InlineData("<div/>", 200_000)]
    [InlineData("<b>", 200_000)]
    [InlineData("<a href=x>", 200_000)]
    [InlineData("<font>", 200_000)]
    [InlineData("<table>", 200_000)]
    [InlineData("<p><table><td>", 70_000)]
    [InlineData("<svg><g>", 100_000)]
    [InlineData("<li><ul>", 100_000)]
    [InlineData("<select><option>", 100_000)]
    [InlineData("<tr><td rowspan=65534 colspan=1000>x", 50_000)]
    [InlineData("<td colspan=999>x</td>", 100_000)]
    public async Task Pathological_markup_is_read_in_bounded_time(string unit, int count)
    {
        var page = new StringBuilder("<html><body><p>一、部门基本情况</p>").Insert("<html><body><p>一、部门基本情况</p>".Length, unit, count).Append("</body></html>").ToString();
        var watch = Stopwatch.StartNew();

        var outcome = await Task.Run(() => new HtmlReader(ReaderLimits.Default).Read("bad.html", page), TestContext.Current.CancellationToken);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.True(outcome.Document is not null || outcome.Failure is not null);
    }

    [GeneratedRegex(@"第 \d+ [行段]")]
    private static partial Regex QuotedLine();
}
