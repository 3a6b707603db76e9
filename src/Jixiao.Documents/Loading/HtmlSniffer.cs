using System.Text.RegularExpressions;

namespace Jixiao.Documents.Loading;

/// <summary>
/// Recognises HTML by its opening markup: a doctype, &lt;html&gt;, &lt;head&gt; or &lt;body&gt; near the start, or the head
/// elements a saved page may open with when it has no &lt;html&gt; tag (&lt;meta&gt;, &lt;title&gt;, &lt;link&gt;, &lt;style&gt;, &lt;script&gt;),
/// after an optional byte-order mark, XML declaration and comments (&lt;!-- saved from url=… --&gt;).
/// </summary>
public static partial class HtmlSniffer
{
    private const int Window = 2048;

    public static bool IsHtml(string text) => HtmlStart().IsMatch(text.AsSpan(0, Math.Min(text.Length, Window)));

    /// <summary>
    /// The comments before the markup are one optional group: since ".*?" may run past a "--&gt;", any run of comments is
    /// itself one match of it, so the strings matched are those of a repeated group; repeated, a start of many comments
    /// ("&lt;!----&gt;" over and over) and no tag took time exponential in their number to reject.
    /// </summary>
    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)?(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<link[\s>]|<style[\s>]|<script[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();
}
