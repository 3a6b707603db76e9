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

    public static bool IsHtml(string text) => HtmlStart().IsMatch(text.Length > Window ? text[..Window] : text);

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<link[\s>]|<style[\s>]|<script[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();
}
