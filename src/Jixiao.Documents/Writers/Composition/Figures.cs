using System.Globalization;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// Prints stated numbers in a generated report: as stated when the unit matches (so precision is kept), else
/// converted exactly; percentages with their sign.
/// </summary>
internal static class Figures
{
    /// <summary>An amount in <paramref name="unit"/>; empty when not stated.</summary>
    public static string Money(Stated? stated, string unit = MoneyUnits.TenThousandYuan)
    {
        if (stated is null)
        {
            return string.Empty;
        }

        if (stated.Kind != Quantity.Money || stated.Unit == unit)
        {
            return stated.Text;
        }

        return Number(stated.Value / MoneyUnits.FactorOf(unit));
    }

    /// <summary>An exact decimal with at least two decimals ("12.5" → "12.50", "229.6445" stays).</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == value
            ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : value.ToString("0.00##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A stated percentage with its "%" ("96.98%").</summary>
    public static string Percent(Stated? stated) =>
        stated is null ? string.Empty : stated.Text.EndsWith('%') ? stated.Text : stated.Text + "%";

    /// <summary>A count or score as printed, or the number.</summary>
    public static string Plain(Stated? stated) => stated?.Text ?? string.Empty;

    /// <summary>A right-aligned cell printing an amount in <paramref name="unit"/>, carrying where the figure was stated.</summary>
    public static LayoutCell MoneyCell(Stated? stated, string unit = MoneyUnits.TenThousandYuan) =>
        LayoutCell.Number(Money(stated, unit)) with { Source = stated?.Location };

    /// <summary>A right-aligned cell printing a percentage, carrying where it was stated.</summary>
    public static LayoutCell PercentCell(Stated? stated) => LayoutCell.Number(Percent(stated)) with { Source = stated?.Location };

    /// <summary>A right-aligned cell printing a count or score as stated, carrying where it was stated.</summary>
    public static LayoutCell PlainCell(Stated? stated) => LayoutCell.Number(Plain(stated)) with { Source = stated?.Location };

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
