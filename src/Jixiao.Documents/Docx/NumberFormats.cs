using System.Globalization;
using System.Text;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Writes a list counter in a Word number format (w:numFmt), as Word prints it: "decimal" 3, "chineseCounting" 十二,
/// "ideographTraditional" 丙, "decimalEnclosedCircle" ③… Null for formats that print no number (bullet, none) and
/// for formats or values this reader does not reproduce, so that the caller keeps the text as it is.
/// </summary>
internal static class NumberFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string? Format(int value, string? format)
    {
        if (value < 0)
        {
            return null;
        }

        return format switch
        {
            null or "decimal" => value.ToString(CultureInfo.InvariantCulture),
            "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
            "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
            "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" => Counting(value, ChineseDigits, '十'),
            "chineseLegalSimplified" => Counting(value, LegalDigits, '拾'),
            "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => value == 0 ? "〇" : string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => ChineseDigits[c - '0'])),
            "ideographTraditional" => Cyclic(value, HeavenlyStems),
            "ideographZodiac" => Cyclic(value, EarthlyBranches),
            "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : null,
            "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : null,
            "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : null,
            "upperLetter" => Letters(value, 'A'),
            "lowerLetter" => Letters(value, 'a'),
            "upperRoman" => Roman(value),
            "lowerRoman" => Roman(value)?.ToLowerInvariant(),
            _ => null,
        };
    }

    /// <summary>1–99 the way Chinese counts: 一 … 十, 十一 … 十九, 二十, 二十一 … 九十九.</summary>
    private static string? Counting(int value, string digits, char ten) => value switch
    {
        0 => digits[0].ToString(),
        < 10 => digits[value].ToString(),
        < 20 => ten + (value % 10 == 0 ? string.Empty : digits[value % 10].ToString()),
        < 100 => digits[value / 10].ToString() + ten + (value % 10 == 0 ? string.Empty : digits[value % 10].ToString()),
        _ => null,
    };

    private static string? Cyclic(int value, string symbols) =>
        value >= 1 && value <= symbols.Length ? symbols[value - 1].ToString() : null;

    /// <summary>A … Z, then AA … ZZ as Word repeats the letter.</summary>
    private static string? Letters(int value, char first) =>
        value is >= 1 and <= 780 ? new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1) : null;

    private static string? Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return null;
        }

        (int Value, string Text)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (number, text) in numerals)
        {
            while (value >= number)
            {
                builder.Append(text);
                value -= number;
            }
        }

        return builder.ToString();
    }
}
