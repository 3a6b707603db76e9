using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic;

/// <summary>
/// Synthetic figures as a department prints them: amounts with two decimals (a zero as "0"), in 元 with thousands
/// separators or in 万元, rates rounded half away from zero to two decimals from the printed figures they derive from.
/// </summary>
internal static class Printed
{
    /// <summary>An amount (exact 元) printed in <paramref name="unit"/> at two decimals, rounded when it has more.</summary>
    public static Stated Money(decimal yuan, string unit, bool thousands = false)
    {
        if (yuan == 0)
        {
            return Stated.Money("0", 0m, 0, unit, SourceLocation.Unknown);
        }

        var printed = Round(yuan / MoneyUnits.FactorOf(unit));
        return Stated.Money(Text(printed, thousands), printed, 2, unit, SourceLocation.Unknown);
    }

    /// <summary>A zero printed with two decimals ("0.00"), as forms print an empty amount.</summary>
    public static Stated Zero(string unit) => Stated.Money("0.00", 0m, 2, unit, SourceLocation.Unknown);

    /// <summary>Amount text at two decimals, with or without thousands separators.</summary>
    public static string Text(decimal value, bool thousands = false) =>
        value.ToString(thousands ? "#,0.00" : "0.00", CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> in percent, printed at two decimals ("0%" for 0 ÷ 0).</summary>
    public static Stated Percent(decimal part, decimal whole)
    {
        if (whole == 0)
        {
            return Stated.Percent("0%", 0m, 0, SourceLocation.Unknown);
        }

        return PercentText(Round(part / whole * 100m));
    }

    /// <summary>A percentage printed at two decimals ("87.29%").</summary>
    public static Stated PercentText(decimal percent) =>
        Stated.Percent(Text(percent) + "%", percent, 2, SourceLocation.Unknown);

    public static Stated Count(int count, string unit) =>
        Stated.Count(count.ToString(CultureInfo.InvariantCulture), count, unit, SourceLocation.Unknown);

    /// <summary>A score as printed without trailing zeros ("20", "18.43", "18.4").</summary>
    public static Stated Score(decimal score)
    {
        var text = score.ToString("0.##", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return Stated.Score(text, decimal.Parse(text, CultureInfo.InvariantCulture), dot < 0 ? 0 : text.Length - dot - 1, SourceLocation.Unknown);
    }

    /// <summary>Half away from zero at two decimals, as departments' spreadsheets round.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
