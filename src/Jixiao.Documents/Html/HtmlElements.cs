using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Jixiao.Documents.Html;

/// <summary>What an element is to a reader of published reports: never content, a block, a heading, a table, a site-furniture container.</summary>
internal static partial class HtmlElements
{
    /// <summary>Site furniture (a footer, a share bar) is dropped only while it is this small; a report is far longer.</summary>
    public const int FurnitureMaxChars = 300;

    /// <summary>Elements that never hold report text: scripts, styles, forms' controls, media, navigation.</summary>
    private static readonly HashSet<string> NeverContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe", "frame", "frameset",
        "object", "embed", "applet", "svg", "math", "canvas", "video", "audio", "picture", "img", "map", "area",
        "select", "option", "optgroup", "datalist", "button", "input", "textarea", "nav", "aside", "dialog",
    };

    /// <summary>Elements that start and end a paragraph of their own.</summary>
    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
        "menu", "ol", "p", "pre", "section", "summary", "ul", "xmp", "plaintext", "caption", "td", "th", "tr",
        "tbody", "thead", "tfoot", "table",
    };

    public static bool IsNeverContent(IElement element) => NeverContent.Contains(element.LocalName);

    public static bool IsBlock(IElement element) => BlockNames.Contains(element.LocalName);

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static bool IsTable(IElement element) => element.LocalName == "table";

    public static bool IsLink(IElement element) => element.LocalName == "a";

    public static bool IsLineBreak(IElement element) => element.LocalName == "br";

    /// <summary>Header, footer, breadcrumb, share or print bar: by its tag (header, footer) or its id and classes.</summary>
    public static bool IsFurniture(IElement element) =>
        element.LocalName is "header" or "footer"
        || FurnitureName().IsMatch(NamesOf(element));

    /// <summary>A container whose id or class says it holds the article (TRS_Editor, zoom, content, article, detail…).</summary>
    public static bool IsContentHint(IElement element) => ContentName().IsMatch(NamesOf(element));

    /// <summary>Rows of a table itself (through thead/tbody/tfoot), not of tables nested in its cells.</summary>
    public static IEnumerable<IElement> RowsOf(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    if (row.LocalName == "tr")
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    public static IEnumerable<IElement> CellsOf(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    /// <summary>A positive integer attribute (colspan, rowspan), 1 when absent or unreadable.</summary>
    public static int Span(IElement cell, string attribute)
    {
        var value = cell.GetAttribute(attribute);
        if (value is null)
        {
            return 1;
        }

        var digits = value.Trim();
        var length = 0;
        while (length < digits.Length && length < 6 && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        return length > 0 && int.TryParse(digits.AsSpan(0, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span) && span > 0
            ? span
            : (attribute == "rowspan" && length > 0 ? 0 : 1);
    }

    private static string NamesOf(IElement element) => (element.Id ?? string.Empty) + " " + (element.ClassName ?? string.Empty);

    [GeneratedRegex(@"(?:^|[\s_\-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|weizhi|dqwz|footer|foot|header|share|bdshare|print|fontsize|font-size|zihao|pager|pagination|prev|next|sxp|related|xgwz|xglj|comment|sidebar|toolbar|search|login|copyright|banner|logo)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"TRS_Editor|TRS_UEDITOR|Custom_UnionStyle|zoom|(?:^|[\s_\-])(?:content|article|detail|details|main|text|zw|wzzw|news_?content|con_?txt|view|body)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex ContentName();
}
