using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Html;

/// <summary>
/// What a government web page says about the article around it: the title (the article's &lt;h1&gt; or the page
/// &lt;title&gt; without the site name), the publisher (发布机构, 发文单位, 来源), the publication date (发布日期),
/// its address (&lt;link rel="canonical"&gt; or og:url) and the files it links to (a report published as an attachment).
/// </summary>
internal sealed partial record HtmlPageInfo(
    string? Title,
    IElement? TitleElement,
    string? Publisher,
    string? PublishedOn,
    string? Address,
    IReadOnlyList<string> Attachments)
{
    private const int MaxAttachments = 3;
    private const int MinTitleLength = 4;
    private const int MaxTitleLength = 150;

    public static HtmlPageInfo Read(IHtmlDocument document)
    {
        var metas = document.QuerySelectorAll("meta")
            .Select(m => (Name: (m.GetAttribute("name") ?? m.GetAttribute("property") ?? string.Empty).Trim(), Content: HtmlInlineText.Collapse(m.GetAttribute("content") ?? string.Empty)))
            .Where(m => m.Name.Length > 0 && m.Content.Length > 0)
            .ToArray();
        string? Meta(params string[] names) =>
            metas.FirstOrDefault(m => names.Any(n => string.Equals(n, m.Name, StringComparison.OrdinalIgnoreCase))).Content is { Length: > 0 } value ? value : null;

        var pageTitle = Meta("ArticleTitle") ?? CleanPageTitle(HtmlInlineText.Collapse(document.Title ?? string.Empty));
        var (title, titleElement) = FindTitle(document, pageTitle);
        var text = VisibleText(document.Body);

        return new HtmlPageInfo(
            title,
            titleElement,
            First(PublisherPattern(), text) ?? Meta("ContentSource", "Publisher") ?? First(SourcePattern(), text),
            Date(PublishedPattern(), text) ?? Date(IssuedPattern(), text) ?? DateOf(Meta("PubDate", "publishdate", "article:published_time", "Maketime")) ?? Date(AnyDatePattern(), text),
            CanonicalAddress(document) ?? AbsoluteAddress(Meta("og:url")),
            LinkedFiles(document));
    }

    /// <summary>The page title without the site name: "…自评报告_某某区人民政府网" → "…自评报告".</summary>
    internal static string? CleanPageTitle(string title)
    {
        if (title.Length == 0)
        {
            return null;
        }

        var parts = TitleSeparator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        return parts.FirstOrDefault(p => GenreWords().IsMatch(p)) ?? parts.FirstOrDefault() ?? title;
    }

    /// <summary>The article heading: an h1, else an h2/h3, else an element named like a title, agreeing with the page title or naming a report.</summary>
    private static (string? Title, IElement? Element) FindTitle(IHtmlDocument document, string? pageTitle)
    {
        var compactPageTitle = pageTitle is null ? null : Compact(pageTitle);
        IElement? found = null;
        var foundRank = int.MaxValue;
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            var rank = element.LocalName switch
            {
                "h1" => 0,
                "h2" or "h3" => 1,
                _ when TitleName().IsMatch((element.Id ?? string.Empty) + " " + (element.ClassName ?? string.Empty)) => 2,
                _ => int.MaxValue,
            };
            if (rank >= foundRank)
            {
                continue;
            }

            var text = Compact(HtmlInlineText.Of(element, maxLength: MaxTitleLength * 2));
            if (text.Length is < MinTitleLength or > MaxTitleLength || HeadingParser.Split(text).Kind != NumberingKind.None || IsInsideNonContent(element))
            {
                continue;
            }

            var agrees = compactPageTitle is { Length: > 0 }
                && (text.Contains(compactPageTitle, StringComparison.Ordinal)
                    || (compactPageTitle.Contains(text, StringComparison.Ordinal) && text.Length * 2 >= compactPageTitle.Length));
            if (agrees || GenreWords().IsMatch(text))
            {
                found = element;
                foundRank = rank;
                if (rank == 0)
                {
                    break;
                }
            }
        }

        return found is not null ? (HtmlInlineText.Of(found), found) : (pageTitle, null);
    }

    private static bool IsInsideNonContent(IElement element)
    {
        for (var ancestor = element; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (HtmlElements.IsNeverContent(ancestor) || HtmlElements.IsLink(ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of the page, one line per text node, without scripts and styles.</summary>
    private static string VisibleText(IElement? body)
    {
        var text = new StringBuilder();
        if (body is null)
        {
            return string.Empty;
        }

        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.TryPop(out var node))
        {
            if (node is IText textNode)
            {
                text.Append(HtmlInlineText.Collapse(textNode.Data)).Append('\n');
                continue;
            }

            if (node is IElement element && HtmlElements.IsNeverContent(element))
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                stack.Push(children[k]);
            }
        }

        return text.ToString();
    }

    private static string? First(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var value = TextNormalizer.Normalize(match.Groups["v"].Value);
            if (value.Any(c => char.IsLetter(c)) && !NotAValue().IsMatch(value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? Date(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (DateOf(match.Groups["d"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>"2025-04-18", "2025年4月18日", "2025/4/18 10:00" → "2025-04-18".</summary>
    private static string? DateOf(string? text)
    {
        var match = text is null ? Match.Empty : DateValue().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            : null;
    }

    private static string? CanonicalAddress(IHtmlDocument document) =>
        document.QuerySelectorAll("link[rel][href]")
            .Where(l => (l.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => AbsoluteAddress(l.GetAttribute("href")))
            .FirstOrDefault(a => a is not null);

    private static string? AbsoluteAddress(string? href)
    {
        var trimmed = href?.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    /// <summary>Names of linked documents (PDF, Word, Excel, WPS, OFD): a report may be published only as an attachment.</summary>
    private static string[] LinkedFiles(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href]")
            .Select(a => (Href: a.GetAttribute("href") ?? string.Empty, Text: HtmlInlineText.Of(a, maxLength: MaxTitleLength)))
            .Select(a => (a.Href, a.Text, Path: a.Href.Split('?', '#')[0]))
            .Where(a => AttachmentExtension().IsMatch(a.Path))
            .Select(a => a.Text.Length > 0 ? a.Text : Uri.UnescapeDataString(a.Path[(a.Path.LastIndexOf('/') + 1)..]))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxAttachments)
            .ToArray();

    private static string Compact(string text) => TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:发布机构|发布单位|发布部门|发文机关|发文单位)[ \t\u00A0\u3000]*[:：]?\s*(?<v>[^\s:：|｜【】\[\]]{2,60})")]
    private static partial Regex PublisherPattern();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:信息来源|文章来源|来源)[ \t\u00A0\u3000]*[:：]\s*(?<v>[^\s:：|｜【】\[\]]{2,60})")]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:发布日期|发布时间|发表时间|发表日期)[ \t\u00A0\u3000]*[:：]?\s*(?<d>(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")]
    private static partial Regex PublishedPattern();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:发文日期|成文日期|公开日期|生成日期)[ \t\u00A0\u3000]*[:：]?\s*(?<d>(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")]
    private static partial Regex IssuedPattern();

    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(?:日期|时间)[ \t\u00A0\u3000]*[:：]\s*(?<d>(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")]
    private static partial Regex AnyDatePattern();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<day>\d{1,2})")]
    private static partial Regex DateValue();

    /// <summary>A label printed where the value was left blank ("发布机构：" followed by "文号：").</summary>
    [GeneratedRegex(@"^(?:索引号|文号|发文字号|发布日期|发布时间|发文日期|成文日期|时效性|有效性|公开目录|公开方式|公开范围|信息类别|主题分类|作者|浏览|字体|来源|信息来源|发布机构|本站|本网)")]
    private static partial Regex NotAValue();

    [GeneratedRegex(@"\s*(?:[_|｜]+|[—–]+|(?<!\d)-+|-+(?!\d))\s*")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"绩效|自评|评价报告|自评表|报告")]
    private static partial Regex GenreWords();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:title|tit|bt|headline|article-title|news_title|biaoti)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"\.(?:pdf|docx?|wps|xlsx?|et|ofd)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentExtension();
}
