using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Neutral;

/// <summary>
/// Cleans one line of published text: drops bold and HTML artefacts (**, &lt;b&gt;, &lt;p&gt;), turns full-width digits,
/// letters and operators into ASCII (Chinese punctuation stays), maps Kangxi radicals and CJK-radical forms to their characters
/// removes the spaces that PDF/web conversion puts between Chinese and figures, and writes half-width
/// punctuation in Chinese text (, ; : ( )) full-width so that sentences split the same way whichever was printed.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string line)
    {
        // Each pattern runs only on text holding a character it needs (most lines need none of them).
        var text = MapChars(line.AsSpan().ContainsAny('*', '<') ? ArtefactPattern().Replace(line, string.Empty) : line);
        var spaced = text.AsSpan().ContainsAny(' ', '\t') && !Ascii.IsValid(text) ? SpaceNextToCjkPattern().Replace(text, string.Empty) : text;
        if (!HasHalfWidthPunctuation(spaced))
        {
            return spaced.Trim();
        }

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

    private static readonly System.Buffers.SearchValues<char> HalfWidthPunctuation = System.Buffers.SearchValues.Create(";:()");

    /// <summary>
    /// Whether <see cref="HalfWidthPunctuationPattern"/> can match: a semicolon, colon or bracket, or a comma that is not a
    /// thousands separator between digits (figures such as "3,027.78" are the commonest commas and are left alone).
    /// </summary>
    private static bool HasHalfWidthPunctuation(string text)
    {
        if (text.AsSpan().ContainsAny(HalfWidthPunctuation))
        {
            return true;
        }

        for (var i = text.IndexOf(','); i >= 0; i = text.IndexOf(',', i + 1))
        {
            if (i == 0 || i == text.Length - 1 || !char.IsDigit(text[i - 1]) || !char.IsDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Normalises one table cell the same way.</summary>
    public static string NormalizeCell(string cell) => Normalize(cell);

    /// <summary>Applies <see cref="MapChar"/> to every character; returns <paramref name="text"/> itself when none changes.</summary>
    private static string MapChars(string text)
    {
        // Every mapped character is outside ASCII; figures and codes are ASCII, and the ASCII check is far cheaper.
        var first = Ascii.IsValid(text) ? -1 : text.AsSpan().IndexOfAny(Mapped);
        return first < 0
            ? text
            : string.Create(text.Length, (Text: text, First: first), static (span, state) =>
            {
                state.Text.AsSpan(0, state.First).CopyTo(span);
                for (var i = state.First; i < span.Length; i++)
                {
                    span[i] = MapChar(state.Text[i]);
                }
            });
    }

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
        >= '\u2E80' and <= '\u2EFF' => Radicals.GetValueOrDefault(c, c),
        _ => c,
    };

    /// <summary>
    /// CJK Radicals Supplement (U+2E80–U+2EFF) → the character of the same shape. PDFs made with Noto CJK fonts
    /// (Chromium, some office suites) map glyphs back to these code points, so "部门" extracts as "部⻔"; NFKC
    /// does not fold them (it does fold the Kangxi radicals U+2F00–U+2FD5). Only radicals whose form is itself a
    /// character are mapped (names from the Unicode character database, e.g. U+2ED4 CJK RADICAL C-SIMPLIFIED GATE → 门);
    /// ambiguous forms (⺀ ⺂ ⺈ ⺫ ⺱ ⺴ ⺵ ⺸ ⻒ ⻞) are left alone.
    /// </summary>
    private static readonly Dictionary<char, char> Radicals = new()
    {
        ['\u2E81'] = '厂', ['\u2E83'] = '乚', ['\u2E84'] = '乙', ['\u2E85'] = '亻', ['\u2E86'] = '冂', ['\u2E87'] = '几',
        ['\u2E89'] = '刂', ['\u2E8A'] = '卜', ['\u2E8C'] = '小', ['\u2E8D'] = '小', ['\u2E8E'] = '兀', ['\u2E8F'] = '尣',
        ['\u2E90'] = '尢', ['\u2E91'] = '尣', ['\u2E92'] = '巳', ['\u2E93'] = '幺', ['\u2E94'] = '彑', ['\u2E95'] = '彐',
        ['\u2E96'] = '忄', ['\u2E97'] = '心', ['\u2E98'] = '扌', ['\u2E99'] = '攵', ['\u2E9B'] = '旡', ['\u2E9C'] = '日',
        ['\u2E9D'] = '月', ['\u2E9E'] = '歺', ['\u2E9F'] = '母', ['\u2EA0'] = '民', ['\u2EA1'] = '氵', ['\u2EA2'] = '氺',
        ['\u2EA3'] = '灬', ['\u2EA4'] = '爫', ['\u2EA5'] = '爫', ['\u2EA6'] = '丬', ['\u2EA7'] = '牛', ['\u2EA8'] = '犭',
        ['\u2EA9'] = '王', ['\u2EAA'] = '疋', ['\u2EAC'] = '示', ['\u2EAD'] = '礻', ['\u2EAE'] = '竹', ['\u2EAF'] = '糸',
        ['\u2EB0'] = '纟', ['\u2EB2'] = '罒', ['\u2EB3'] = '㓁', ['\u2EB6'] = '羊', ['\u2EB7'] = '羊', ['\u2EB9'] = '耂',
        ['\u2EBA'] = '聿', ['\u2EBB'] = '聿', ['\u2EBC'] = '月', ['\u2EBD'] = '臼', ['\u2EBE'] = '艹', ['\u2EBF'] = '艹',
        ['\u2EC0'] = '艹', ['\u2EC1'] = '虎', ['\u2EC2'] = '衤', ['\u2EC3'] = '覀', ['\u2EC4'] = '西', ['\u2EC5'] = '见',
        ['\u2EC6'] = '角', ['\u2EC7'] = '角', ['\u2EC8'] = '讠', ['\u2EC9'] = '贝', ['\u2ECA'] = '足', ['\u2ECB'] = '车',
        ['\u2ECC'] = '辶', ['\u2ECD'] = '辶', ['\u2ECE'] = '辶', ['\u2ECF'] = '阝', ['\u2ED0'] = '钅', ['\u2ED1'] = '長',
        ['\u2ED3'] = '长', ['\u2ED4'] = '门', ['\u2ED5'] = '阜', ['\u2ED6'] = '阝', ['\u2ED7'] = '雨', ['\u2ED8'] = '青',
        ['\u2ED9'] = '韦', ['\u2EDA'] = '页', ['\u2EDB'] = '风', ['\u2EDC'] = '飞', ['\u2EDD'] = '食', ['\u2EDF'] = '飠',
        ['\u2EE0'] = '饣', ['\u2EE1'] = '首', ['\u2EE2'] = '马', ['\u2EE3'] = '骨', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼',
        ['\u2EE6'] = '鸟', ['\u2EE7'] = '卤', ['\u2EE8'] = '麦', ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEB'] = '斉',
        ['\u2EEC'] = '齐', ['\u2EED'] = '歯', ['\u2EEE'] = '齿', ['\u2EEF'] = '竜', ['\u2EF0'] = '龙', ['\u2EF1'] = '龜',
        ['\u2EF2'] = '亀', ['\u2EF3'] = '龟',
    };

    /// <summary>Every character <see cref="MapChar"/> changes, found by asking it once for each (after <see cref="Radicals"/>, which it reads): one vectorised scan finds the first.</summary>
    private static readonly System.Buffers.SearchValues<char> Mapped = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(c => MapChar(c) != c)]);

    [GeneratedRegex(@"\*\*|</?(?:b|p|strong|span|em|i|u)\b[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ArtefactPattern();

    /// <summary>Half-width punctuation in Chinese text, but not the comma or colon inside a figure ("3,027.78", "10:30").</summary>
    [GeneratedRegex(@"(?<!\d),|,(?!\d)|;|(?<!\d):(?!//)|:(?!\d|//)|\(|\)")]
    private static partial Regex HalfWidthPunctuationPattern();

    [GeneratedRegex(@"(?<=[^\x00-\x7F])[ \t]+|[ \t]+(?=[^\x00-\x7F])")]
    private static partial Regex SpaceNextToCjkPattern();
}
