using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Extraction;

/// <summary>Reads printed figures ("3,027.78", "8879050", "99.46%") into <see cref="Stated"/> values.</summary>
public static class NumberReader
{
    /// <summary>The regex fragment for one printed number, for use inside sentence patterns.</summary>
    public const string NumberPattern = @"-?\d[\d,]*(?:\.\d+)?";

    /// <summary>
    /// Most digits before the decimal point of a figure that is read as a number (15: 999 万亿, beyond any budget in
    /// 元). Longer figures ("99999999999999999999.99") are not read as numbers but reported (JX8005), so that turning
    /// 万元 or 亿元 into 元 and adding up a table of them can never overflow <see cref="decimal"/>.
    /// </summary>
    public const int MaxIntegerDigits = 15;

    /// <summary>
    /// The ASCII digits, searched as <see cref="System.Buffers.SearchValues{T}"/> rather than as a generic range: the
    /// generic search boxes its bounds until the JIT has optimised it, which a batch of reports pays for thousands of times.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Cell texts that mean "no value" rather than a number.</summary>
    public static bool IsBlank(string text) => text.Trim() is "" or "-" or "--" or "—" or "——" or "/" or "--%" or "-%";

    public static bool TryParse(string text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var digits = text.AsSpan().Trim();
        if (!IsPlainNumber(digits))
        {
            return false;
        }

        var unsigned = digits.StartsWith('-') ? digits[1..] : digits;
        var point = unsigned.IndexOf('.');
        var integer = point < 0 ? unsigned : unsigned[..point];
        var commas = integer.Count(',');
        if (commas > 0 && !IsThousandsGrouped(integer))
        {
            return false;
        }

        if (integer.Length - commas > MaxIntegerDigits || digits.Length - commas > 28)
        {
            return false;
        }

        decimals = point < 0 ? 0 : unsigned.Length - point - 1;
        if (TryShortDecimal(unsigned, decimals, digits.Length == unsigned.Length, out value))
        {
            return true;
        }

        var plain = commas > 0 ? digits.ToString().Replace(",", string.Empty, StringComparison.Ordinal).AsSpan() : digits;
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The value of a positive plain number (digits, thousands commas, one point) of at most 18 digits, exactly as
    /// <see cref="decimal.Parse(string)"/> gives it without its commas (the printed decimals kept as the scale: "123.40" is
    /// 12340 at scale 2), without the general parser; false for anything else, which that parser then reads.
    /// </summary>
    private static bool TryShortDecimal(ReadOnlySpan<char> unsigned, int decimals, bool positive, out decimal value)
    {
        value = 0m;
        if (!positive)
        {
            return false;
        }

        var mantissa = 0L;
        var count = 0;
        foreach (var c in unsigned)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++count > 18)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
            }
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)decimals);
        return true;
    }

    /// <summary>
    /// Whether the integer part of a plain number holding commas groups its digits by thousands ("1,234,567"): one to three
    /// digits, then groups of a comma and three digits.
    /// </summary>
    private static bool IsThousandsGrouped(ReadOnlySpan<char> integer)
    {
        var first = integer.IndexOf(',');
        if (first is < 1 or > 3 || (integer.Length - first) % 4 != 0)
        {
            return false;
        }

        for (var i = first; i < integer.Length; i += 4)
        {
            if (integer[i] != ',' || integer.Slice(i + 1, 3).ContainsAnyExcept(AsciiDigits))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsNumeric(string text) => TryParse(text.TrimEnd('%'), out _, out _);

    public static Stated? Money(string text, string unit, SourceLocation location) =>
        TryParse(text, out var value, out var decimals) ? Stated.Money(text.Trim(), value, decimals, unit, location) : null;

    public static Stated? Percent(string text, SourceLocation location)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('%') && TryParse(trimmed[..^1], out var value, out var decimals)
            ? Stated.Percent(trimmed, value, decimals, location)
            : null;
    }

    public static Stated? Count(string text, string unit, SourceLocation location) =>
        TryParse(text, out var value, out _) ? Stated.Count(text.Trim(), value, unit, location) : null;

    public static Stated? Score(string text, SourceLocation location) =>
        TryParse(text, out var value, out var decimals) ? Stated.Score(text.Trim(), value, decimals, location) : null;

    /// <summary>A completion value (完成值): a rate ("96%") or a count with its unit ("118公里", scale applied); null for words.</summary>
    public static Stated? Completion(string text, SourceLocation location)
    {
        if (Percent(text, location) is { } percent)
        {
            return percent;
        }

        var reading = ActualReading.Read(text);
        return reading is { Kind: ActualKind.Number, Number: { } number }
            ? Stated.Count(text, number, reading.Unit ?? string.Empty, location)
            : null;
    }

    /// <summary>A money or percent cell: a trailing % makes it a rate.</summary>
    public static Stated? Cell(string text, string moneyUnit, SourceLocation location) =>
        text.Trim().EndsWith('%') ? Percent(text, location) : Money(text, moneyUnit, location);

    /// <summary>
    /// -?d[d,]*(.d+)? over ASCII digits: a sign, digits with any commas, and decimals after one point. (Other Unicode digits
    /// are not numbers to <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/> either.)
    /// </summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ','))
        {
            i++;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != '.' || i + 1 == text.Length)
        {
            return false;
        }

        return !text[(i + 1)..].ContainsAnyExcept(AsciiDigits);
    }
}
