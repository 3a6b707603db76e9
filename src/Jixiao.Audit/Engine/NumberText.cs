using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Engine;

/// <summary>Formats numbers for messages in the unit of the number they are compared with.</summary>
public static class NumberText
{
    /// <summary>A stated number as printed, with its unit when <paramref name="unitOf"/> uses another one ("11,259,991.55元").</summary>
    public static string Printed(Stated number, Stated unitOf) =>
        number.Unit == unitOf.Unit || number.Kind != Quantity.Money ? number.Text : number.Text + number.Unit;

    /// <summary>A value in base units written in <paramref name="like"/>'s unit, at its printed decimals where that is exact.</summary>
    public static string InUnitOf(decimal baseValue, Stated like)
    {
        var inUnit = like.Kind == Quantity.Money ? baseValue / like.UnitFactor : baseValue;
        var decimals = Math.Max(like.Decimals, 0);
        var rounded = Math.Round(inUnit, decimals, MidpointRounding.AwayFromZero);
        var text = rounded == inUnit
            ? rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Math.Round(inUnit, Math.Max(decimals + 4, 6), MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);
        return like.Kind == Quantity.Percent ? text + "%" : text;
    }

    /// <summary>The unit word after a number in a message: 万元, 元, 个; nothing for percent.</summary>
    public static string UnitSuffix(Stated like) => like.Kind == Quantity.Percent ? string.Empty : like.Unit;
}
