using System.Text.RegularExpressions;

namespace Jixiao.Documents.Neutral;

/// <summary>Recognises Chinese outline numbering at the start of a heading or line.</summary>
public static partial class HeadingParser
{
    /// <summary>Splits a heading's text into numbering and title, normalising brackets to full width.</summary>
    public static (NumberingKind Kind, string Numbering, string Title) Split(string text)
    {
        var match = NumberingPattern().Match(text);
        if (!match.Success)
        {
            return (NumberingKind.None, string.Empty, text);
        }

        var title = text[match.Length..].Trim();
        if (match.Groups["cn"].Success)
        {
            return (NumberingKind.ChineseNumeral, match.Groups["cn"].Value + "、", title);
        }

        if (match.Groups["bcn"].Success)
        {
            return (NumberingKind.BracketedChineseNumeral, "（" + match.Groups["bcn"].Value + "）", title);
        }

        if (match.Groups["ar"].Success)
        {
            return (NumberingKind.Arabic, match.Groups["ar"].Value + ".", title);
        }

        return (NumberingKind.BracketedArabic, "（" + match.Groups["bar"].Value + "）", title);
    }

    /// <summary>True when a plain line looks like a numbered heading rather than a numbered paragraph.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var (kind, _, title) = Split(line);
        return kind is NumberingKind.ChineseNumeral or NumberingKind.BracketedChineseNumeral
            && title.Length is > 0 and <= 40
            && !title.Contains('。', StringComparison.Ordinal)
            && !title.Contains('，', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(?:(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?<bcn>[一二三四五六七八九十]{1,3})\s*[）)]\s*[、.]?|(?<ar>\d{1,2})\s*[.、．](?!\d)|[（(]\s*(?<bar>\d{1,2})\s*[）)])")]
    private static partial Regex NumberingPattern();
}
