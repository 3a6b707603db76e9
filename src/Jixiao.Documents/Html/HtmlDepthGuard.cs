using System.Text;

namespace Jixiao.Documents.Html;

/// <summary>
/// Keeps element nesting within a depth before the page is parsed: one linear scan of the markup estimates
/// the open elements (closing paragraphs, list items and cells the way HTML implies) and leaves out the tags
/// of elements nested deeper than the limit, keeping their text (a left-out block tag becomes a line break). A parser given 200,000 nested elements
/// would spend minutes on them, and code walking such a tree recursively would overflow the stack.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>How far down the open elements an end tag or an implied end looks for its element.</summary>
    private const int SearchWindow = 16;

    private static readonly HashSet<string> VoidNames = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements whose content is text up to their end tag.</summary>
    private static readonly HashSet<string> RawTextNames = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Start tags that close an open paragraph.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
    };

    /// <summary>The markup with tags deeper than <paramref name="maxDepth"/> left out, and whether any were.</summary>
    public static (string Html, bool Cut) Limit(string html, int maxDepth)
    {
        var open = new List<string>();
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        StringBuilder? kept = null;
        var copiedTo = 0;
        var foreign = 0;
        var i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', i + 1);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
            {
                nameEnd++;
            }

            var tagEnd = TagEnd(html, nameEnd);
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var drop = false;
            if (closing)
            {
                var at = FindOpen(open, name, SearchWindow);
                if (at >= 0)
                {
                    foreign -= open.Skip(at).Count(n => n is "svg" or "math");
                    open.RemoveRange(at, open.Count - at);
                }
                else if (dropped.TryGetValue(name, out var count) && count > 0)
                {
                    dropped[name] = count - 1;
                    drop = true;
                }
            }
            else if (foreign == 0 && RawTextNames.Contains(name))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            else if (foreign == 0 && name == "plaintext")
            {
                break;
            }
            else if (!VoidNames.Contains(name) && !(foreign > 0 && tagEnd > 0 && html[tagEnd - 1] == '/'))
            {
                CloseImplied(open, name);
                if (open.Count >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    drop = true;
                }
                else
                {
                    open.Add(name);
                    if (name is "svg" or "math")
                    {
                        foreign++;
                    }
                }
            }

            var next = Math.Min(html.Length, tagEnd + 1);
            if (drop)
            {
                kept ??= new StringBuilder(html.Length);
                kept.Append(html, copiedTo, i - copiedTo);
                if (ClosesParagraph.Contains(name) || name is "td" or "th" or "tr" or "dd" or "dt" or "caption")
                {
                    kept.Append("<br>");
                }

                copiedTo = next;
            }

            i = next;
        }

        if (kept is null)
        {
            return (html, false);
        }

        kept.Append(html, copiedTo, html.Length - copiedTo);
        return (kept.ToString(), true);
    }

    /// <summary>The index of the '&gt;' ending a tag (or the end of the markup), skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }

            if (c == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    if (close < 0)
                    {
                        return html.Length;
                    }

                    i = close + 1;
                    continue;
                }

                continue;
            }

            i++;
        }

        return html.Length;
    }

    /// <summary>Closes what a start tag implies: a paragraph before a block, the previous item, row or cell.</summary>
    private static void CloseImplied(List<string> open, string name)
    {
        var at = name switch
        {
            "li" => FindOpen(open, "li", SearchWindow, "ul", "ol", "table", "td", "th"),
            "dt" or "dd" => Math.Max(FindOpen(open, "dt", SearchWindow, "dl", "table", "td", "th"), FindOpen(open, "dd", SearchWindow, "dl", "table", "td", "th")),
            "td" or "th" => Math.Max(FindOpen(open, "td", SearchWindow, "table"), FindOpen(open, "th", SearchWindow, "table")),
            "tr" => Math.Max(FindOpen(open, "tr", SearchWindow, "table"), Math.Max(FindOpen(open, "td", SearchWindow, "table"), FindOpen(open, "th", SearchWindow, "table"))),
            "tbody" or "thead" or "tfoot" => AboveInnermostTable(open),
            "option" => FindOpen(open, "option", SearchWindow, "select"),
            _ => -1,
        };
        if (at < 0 && ClosesParagraph.Contains(name))
        {
            at = FindOpen(open, "p", SearchWindow, "table", "td", "th", "caption", "button", "object", "marquee", "applet", "template");
        }

        if (at >= 0)
        {
            open.RemoveRange(at, open.Count - at);
        }
    }

    /// <summary>The index of the innermost open <paramref name="name"/> within <paramref name="window"/> elements, not past a boundary.</summary>
    private static int FindOpen(List<string> open, string name, int window, params string[] boundaries)
    {
        var last = Math.Max(0, open.Count - Math.Min(window, SearchWindow));
        for (var k = open.Count - 1; k >= last; k--)
        {
            if (open[k] == name)
            {
                return k;
            }

            if (Array.IndexOf(boundaries, open[k]) >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index just above the innermost open table (where a new row group starts), or -1.</summary>
    private static int AboveInnermostTable(List<string> open)
    {
        var last = Math.Max(0, open.Count - SearchWindow);
        for (var k = open.Count - 1; k >= last; k--)
        {
            if (open[k] == "table")
            {
                return k + 1 < open.Count ? k + 1 : -1;
            }
        }

        return -1;
    }
}
