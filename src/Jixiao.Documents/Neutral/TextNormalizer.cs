using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Neutral;

/// <summary>
/// Cleans one line of published text: drops bold and HTML artefacts (**, &lt;b&gt;, &lt;p&gt;), turns full-width digits,
/// letters and operators into ASCII (Chinese punctuation stays), maps Kangxi radicals to their characters
/// removes the spaces that PDF/web conversion puts between Chinese and figures, and writes half-width
/// punctuation in Chinese text (, ; : ( )) full-width so that sentences split the same way whichever was printed.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string line)
    {
        var text = ArtefactPattern().Replace(line, string.Empty);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(MapChar(c));
        }

        var spaced = SpaceNextToCjkPattern().Replace(builder.ToString(), string.Empty);
        return HalfWidthPunctuationPattern().Replace(spaced, m => m.Value switch
        {
            "," => "，",
            ";" => "；",
            ":" => "：",
            "(" => "（",
            ")" => "）",
            _ => m.Value,
        }).Trim();
    }

    /// <summary>Normalises one table cell the same way.</summary>
    public static string NormalizeCell(string cell) => Normalize(cell);

    private static char MapChar(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' => '%',
        '．' => '.',
        '＋' => '+',
        '－' => '-',
        '＜' => '<',
        '＝' => '=',
        '＞' => '>',
        '／' => '/',
        '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' => ' ',
        >= '\u2F00' and <= '\u2FD5' => c.ToString().Normalize(NormalizationForm.FormKC)[0],
        _ => c,
    };

    [GeneratedRegex(@"\*\*|</?(?:b|p|strong|span|em|i|u)\b[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ArtefactPattern();

    /// <summary>Half-width punctuation in Chinese text, but not the comma or colon inside a figure ("3,027.78", "10:30").</summary>
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|;|(?<!\d):(?!//)|:(?!\d|//)|\(|\)")]
    private static partial Regex HalfWidthPunctuationPattern();

    [GeneratedRegex(@"(?<=[^\x00-\x7F])[ \t]+|[ \t]+(?=[^\x00-\x7F])")]
    private static partial Regex SpaceNextToCjkPattern();
}
