using System.Text.RegularExpressions;

namespace Jixiao.Documents.Loading;

/// <summary>Recognises HTML by its opening markup (a doctype, &lt;html&gt;, &lt;head&gt; or &lt;body&gt; near the start).</summary>
public static partial class HtmlSniffer
{
    private const int Window = 2048;

    public static bool IsHtml(string text) => HtmlStart().IsMatch(text.Length > Window ? text[..Window] : text);

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();
}
