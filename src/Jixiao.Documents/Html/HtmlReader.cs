using AngleSharp.Html.Parser;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Html;

/// <summary>
/// Reads a web page (a report published on a government site, or saved from one) into the neutral document:
/// finds the article among navigation, breadcrumbs and footers, keeps the publisher and date of its publication
/// block in <see cref="DocumentText.Source"/> and drops the rest of the furniture, reads headings, paragraphs and
/// tables (spans expanded). Parsed by AngleSharp without scripts or loading anything; nesting deeper than
/// <see cref="ReaderLimits.MaxHtmlDepth"/> (real pages nest a few dozen levels) is flattened (JX8002). A page without an article is unreadable, with one clear message.
/// </summary>
public sealed class HtmlReader(ReaderLimits limits)
{
    /// <summary>An article needs at least this many characters besides its title.</summary>
    private const int MinContentChars = 10;

    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, string html)
    {
        var problems = new List<ReadingProblem>();
        var maxDepth = Limits.MaxHtmlDepth;
        var (markup, cut) = HtmlDepthGuard.Limit(html, maxDepth);
        if (cut)
        {
            problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                $"网页的元素嵌套超过 {maxDepth} 层（Limits:MaxHtmlDepth），更深的标记未按结构读取（其中的文字仍按顺序读取）",
                SourceLocation.Unknown));
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            MaximumDepth = maxDepth * 2,
        });
        using var document = parser.ParseDocument(markup);
        var info = HtmlPageInfo.Read(document);
        var body = document.Body ?? document.DocumentElement;
        var measure = new HtmlTextMeasure(body);
        var main = HtmlMainContent.Locate(body, measure);
        var walker = new HtmlFlowWalker(Limits, measure, problems);
        var blocks = walker.Read(main, info.Title, info.TitleElement);
        if (walker.ContentChars < MinContentChars)
        {
            return ReadOutcome.Unreadable(NoArticle(info));
        }

        return ReadOutcome.Read(new DocumentText(fileName, blocks, problems)
        {
            Source = new DocumentSource("html", info.Publisher, info.PublishedOn, info.Address),
        });
    }

    private static string NoArticle(HtmlPageInfo info) => info.Attachments.Count > 0
        ? $"网页中没有找到报告正文；网页附有文件{string.Concat(info.Attachments.Select(a => $"“{a}”"))}，报告可能在附件中，请下载附件后读取"
        : "网页中没有找到正文（只有导航、链接或页眉页脚等），不是报告页面，无法读取";
}
