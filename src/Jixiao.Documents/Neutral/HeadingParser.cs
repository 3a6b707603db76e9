using System.Buffers;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Neutral;

/// <summary>Recognises Chinese outline numbering at the start of a heading or line.</summary>
public static partial class HeadingParser
{
    /// <summary>Splits a heading's text into numbering and title, normalising brackets to full width.</summary>
    public static (NumberingKind Kind, string Numbering, string Title) Split(string text)
    {
        if (!StartsLikeNumbering(text, digits: true))
        {
            return (NumberingKind.None, string.Empty, text);
        }

        var match = NumberingPattern().Match(text);
        if (!match.Success)
        {
            return (NumberingKind.None, string.Empty, text);
        }

        var title = text[match.Length..].Trim();
        if (match.Groups[ChineseGroup] is { Success: true } chinese)
        {
            return (NumberingKind.ChineseNumeral, chinese.Value + "、", title);
        }

        if (match.Groups[BracketedChineseGroup] is { Success: true } bracketedChinese)
        {
            return (NumberingKind.BracketedChineseNumeral, "（" + bracketedChinese.Value + "）", title);
        }

        if (match.Groups[ArabicGroup] is { Success: true } arabic)
        {
            return (NumberingKind.Arabic, arabic.Value + ".", title);
        }

        return (NumberingKind.BracketedArabic, "（" + match.Groups[BracketedArabicGroup].Value + "）", title);
    }

    /// <summary>True when a plain line looks like a numbered heading rather than a numbered paragraph.</summary>
    public static bool LooksLikeHeading(string line)
    {
        if (!StartsLikeNumbering(line, digits: false))
        {
            return false;
        }

        var (kind, _, title) = Split(line);
        return kind is NumberingKind.ChineseNumeral or NumberingKind.BracketedChineseNumeral
            && title.Length is > 0 and <= 40
            && !title.Contains('。', StringComparison.Ordinal)
            && !title.Contains('，', StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the first character after leading white space can begin a numbering (<see cref="NumberingPattern"/>
    /// cannot match otherwise): a Chinese numeral, a bracket, or with <paramref name="digits"/> any decimal digit (what the
    /// pattern's \d matches). Most lines are running text, and for them the pattern is not run.
    /// </summary>
    private static bool StartsLikeNumbering(string text, bool digits)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && (ChineseNumberingStarts.Contains(trimmed[0]) || (digits && char.IsDigit(trimmed[0])));
    }

    /// <summary>The characters a Chinese numbering ("一、", "（一）") or a bracketed one ("（1）") starts with.</summary>
    private static readonly SearchValues<char> ChineseNumberingStarts = SearchValues.Create("一二三四五六七八九十（(");

    private static readonly int ChineseGroup = NumberingPattern().GroupNumberFromName("cn");
    private static readonly int BracketedChineseGroup = NumberingPattern().GroupNumberFromName("bcn");
    private static readonly int ArabicGroup = NumberingPattern().GroupNumberFromName("ar");
    private static readonly int BracketedArabicGroup = NumberingPattern().GroupNumberFromName("bar");

    [GeneratedRegex(@"^\s*(?:(?<cn>[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?<bcn>[一二三四五六七八九十]{1,3})\s*[）)]\s*[、.]?|(?<ar>\d{1,2})\s*[.、．](?!\d)|[（(]\s*(?<bar>\d{1,2})\s*[）)])")]
    private static partial Regex NumberingPattern();
}
