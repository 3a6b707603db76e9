using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Extraction;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>A number read from a cell: the text as typed, the printed value, its decimals and the value the spreadsheet computes with.</summary>
/// <param name="Text">As typed: the stored number ("2752.9") or the text of a text cell ("5,261,400.00", "25.22%").</param>
/// <param name="Printed">The value in the sheet's units: an amount in the money unit, a rate in percentage points.</param>
/// <param name="Decimals">Decimals of <paramref name="Printed"/>.</param>
/// <param name="CellValue">What formulas see: the amount, or the rate as a fraction (25.22% → 0.2522).</param>
internal readonly record struct NumberReading(string Text, decimal Printed, int Decimals, decimal CellValue);

/// <summary>A date read from a cell: as typed (or written out from a spreadsheet date), and its parts.</summary>
internal sealed record DateReading(string Text, int Year, int Month, int? Day);

/// <summary>
/// Reads cell values the way the workbook means them: numbers as stored (with Excel's 15 significant digits), percentages
/// as fractions, numeric text with thousands separators, dates as spreadsheet serials or "2024年7月30日"; and makes
/// <see cref="Stated"/> values of them — typed ones keep their text, computed ones are written as the cell shows them.
/// </summary>
internal static partial class CellReading
{
    /// <summary>The precision every amount and rate cell shows (0.00, 0.00%); typed numbers are read at least this finely.</summary>
    private const decimal ShownResolution = 0.01m;

    /// <summary>The text of a cell; numbers as they show (a percentage-formatted number as "95%"); null when blank.</summary>
    public static string? Text(SheetCell? cell)
    {
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        if (cell.Content == CellContent.Number && TryDecimal(cell.Raw, out var number))
        {
            return cell.IsPercentFormat ? Plain(number * 100m) + "%" : Plain(number);
        }

        return cell.Raw.Trim();
    }

    /// <summary>Reads a number; false when the cell holds something that is not one. A blank cell (or "-", "/") reads as null.</summary>
    public static bool TryNumber(SheetCell? cell, bool percent, out NumberReading? reading)
    {
        reading = null;
        if (cell is null || cell.IsBlank)
        {
            return true;
        }

        if (cell.Content == CellContent.Number)
        {
            if (!TryDecimal(cell.Raw, out var value))
            {
                return false;
            }

            var printed = MoneyUnits.Trim(percent ? value * 100m : value);
            reading = new NumberReading(Plain(printed) + (percent ? "%" : string.Empty), printed, DecimalsOf(printed), value);
            return true;
        }

        if (cell.Content != CellContent.Text)
        {
            return false;
        }

        var typed = cell.Raw.Trim();
        var normalised = TextNormalizer.NormalizeCell(typed);
        if (NumberReader.IsBlank(normalised))
        {
            return true;
        }

        var hasPercent = normalised.EndsWith('%');
        if ((hasPercent && !percent) || !NumberReader.TryParse(hasPercent ? normalised[..^1] : normalised, out var parsed, out var decimals))
        {
            return false;
        }

        reading = new NumberReading(typed, parsed, decimals, percent ? parsed / 100m : parsed);
        return true;
    }

    /// <summary>A typed number as a stated value of <paramref name="kind"/>; amounts in <paramref name="moneyUnit"/>.</summary>
    public static Stated Typed(CellKind kind, NumberReading number, string moneyUnit, SourceLocation location) => kind switch
    {
        CellKind.Money => Stated.Money(number.Text, number.Printed, number.Decimals, moneyUnit, location).WithColumnResolution(ShownResolution * MoneyUnits.FactorOf(moneyUnit)),
        CellKind.Percent => Stated.Percent(number.Text, number.Printed, number.Decimals, location).WithColumnResolution(ShownResolution),
        CellKind.Score => Stated.Score(number.Text, number.Printed, number.Decimals, location),
        _ => Stated.Count(number.Text, number.Printed, "个", location),
    };

    /// <summary>
    /// A derived value as the cell shows it: an amount exactly, with at least two decimals; a rate rounded to 0.00%.
    /// <paramref name="cellValue"/> is the amount or the fraction.
    /// </summary>
    public static Stated Computed(CellKind kind, decimal cellValue, string moneyUnit, SourceLocation location)
    {
        if (kind == CellKind.Percent)
        {
            var points = Math.Round(cellValue * 100m, 2, MidpointRounding.AwayFromZero);
            return Stated.Percent(points.ToString("0.00", CultureInfo.InvariantCulture) + "%", points, 2, location);
        }

        var amount = MoneyUnits.Trim(cellValue);
        var decimals = Math.Max(2, DecimalsOf(amount));
        return Stated.Money(amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), amount, decimals, moneyUnit, location);
    }

    /// <summary>True when a formula's cached value is the value recomputed (to the 15 significant digits a spreadsheet keeps).</summary>
    public static bool SameAsCached(SheetCell cell, decimal? computed)
    {
        if (cell.Content == CellContent.Number && TryDecimal(cell.Raw, out var cached))
        {
            return computed is { } value && Math.Abs(cached - value) <= 1e-9m * Math.Max(1m, Math.Abs(value));
        }

        return computed is null && cell.Content is CellContent.Blank or CellContent.Text && string.IsNullOrWhiteSpace(cell.Raw);
    }

    /// <summary>A whole number within bounds (年度, 月份), from a number or text; false when it is something else.</summary>
    public static bool TryWhole(SheetCell? cell, int minimum, int maximum, out int? value)
    {
        value = null;
        if (!TryNumber(cell, percent: false, out var number))
        {
            return false;
        }

        if (number is not { } n)
        {
            return true;
        }

        if (n.Printed != decimal.Truncate(n.Printed) || n.Printed < minimum || n.Printed > maximum)
        {
            return false;
        }

        value = (int)n.Printed;
        return true;
    }

    /// <summary>A date from a spreadsheet date or from text ("2024年7月30日", "2024-07-30", "2024年7月"); false when it is neither.</summary>
    public static bool TryDate(SheetCell? cell, bool date1904, out DateReading? date)
    {
        date = null;
        if (cell is null || cell.IsBlank)
        {
            return true;
        }

        if (cell.Content == CellContent.Number)
        {
            if (!TryDecimal(cell.Raw, out var serial) || serial < 1 || serial > 2958465)
            {
                return false;
            }

            var day = DateOnly.FromDateTime(DateTime.FromOADate((double)decimal.Truncate(serial) + (date1904 ? 1462 : 0)));
            date = new DateReading($"{day.Year}年{day.Month}月{day.Day}日", day.Year, day.Month, day.Day);
            return true;
        }

        var text = cell.Raw.Trim();
        var match = DatePattern().Match(TextNormalizer.NormalizeCell(text));
        if (cell.Content != CellContent.Text || !match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? dayOfMonth = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12 || (dayOfMonth is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }

        date = new DateReading(text, year, month, dayOfMonth);
        return true;
    }

    /// <summary>A stored number with the 15 significant digits spreadsheets keep ("2752.9000000000001" → 2752.9).</summary>
    private static bool TryDecimal(string raw, out decimal value)
    {
        value = 0;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e20)
        {
            return false;
        }

        value = MoneyUnits.Trim((decimal)number);
        return true;
    }

    private static string Plain(decimal value) => MoneyUnits.Trim(value).ToString(CultureInfo.InvariantCulture);

    private static int DecimalsOf(decimal value)
    {
        var text = Plain(value);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:年|[./-])\s*(?<m>\d{1,2})\s*月?\s*(?:[./-]?\s*(?<d>\d{1,2})\s*日?)?$")]
    private static partial Regex DatePattern();
}
