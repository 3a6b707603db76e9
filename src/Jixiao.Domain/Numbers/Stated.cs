using System.Text.Json.Serialization;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Numbers;

/// <summary>
/// A number as printed in a report (表内或文中数值): its text, its exact value in base units
/// (元 for money, percentage points for rates), the printed unit, the printed precision and where it stands.
/// </summary>
/// <param name="Text">The number exactly as printed, e.g. "3,027.78" or "96.98%".</param>
/// <param name="Value">The exact value in base units: 元, percentage points or a count.</param>
/// <param name="Kind">What the number measures.</param>
/// <param name="Unit">The unit it was printed in: 万元, 元, %, 个, 次…</param>
/// <param name="Resolution">One unit of the last printed digit, in base units (e.g. 100 元 for "2,962.29" 万元).</param>
/// <param name="Location">Where the number stands.</param>
public sealed record Stated(string Text, decimal Value, Quantity Kind, string Unit, decimal Resolution, SourceLocation Location)
{
    /// <summary>The values the printed number may stand for: ± half a unit of the last printed digit.</summary>
    [JsonIgnore]
    public Interval Interval => Interval.Around(Value, Resolution * 0.5m);

    /// <summary>Number of printed decimals in the printed unit.</summary>
    [JsonIgnore]
    public int Decimals
    {
        get
        {
            var dot = Text.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return 0;
            }

            return Text[(dot + 1)..].TakeWhile(char.IsAsciiDigit).Count();
        }
    }

    /// <summary>The factor from the printed unit to base units (10000 for 万元).</summary>
    [JsonIgnore]
    public decimal UnitFactor => Kind == Quantity.Money ? MoneyUnits.FactorOf(Unit) : 1m;

    /// <summary>A printed amount; a printed zero is exact (it says "none", it is not a rounded figure).</summary>
    public static Stated Money(string text, decimal printed, int decimals, string unit, SourceLocation location)
    {
        var factor = MoneyUnits.FactorOf(unit);
        return new Stated(text, printed * factor, Quantity.Money, unit, ResolutionOf(printed, decimals) * factor, location);
    }

    public static Stated Percent(string text, decimal printed, int decimals, SourceLocation location) =>
        new(text, printed, Quantity.Percent, "%", ResolutionOf(printed, decimals), location);

    public static Stated Score(string text, decimal printed, int decimals, SourceLocation location) =>
        new(text, printed, Quantity.Score, "分", ResolutionOf(printed, decimals), location);

    /// <summary>
    /// The same number read at a finer precision, when the column it stands in shows that trailing zeros were
    /// dropped ("2752.9" among figures with two decimals stands for 2752.90).
    /// </summary>
    public Stated WithColumnResolution(decimal columnResolution) =>
        columnResolution < Resolution ? this with { Resolution = columnResolution } : this;

    /// <summary>One unit of the last printed digit, 10^-k at scale k (0.1, 0.01, …), for every scale a decimal has.</summary>
    private static readonly decimal[] LastDigitUnits = [.. Enumerable.Range(0, 29).Select(k => new decimal(1, 0, 0, false, (byte)k))];

    /// <summary>One unit of the last printed digit (a negative count is read as none); a printed zero is exact.</summary>
    private static decimal ResolutionOf(decimal printed, int decimals) =>
        printed == 0 || decimals >= LastDigitUnits.Length ? 0m : LastDigitUnits[Math.Max(decimals, 0)];

    public static Stated Count(string text, decimal count, string unit, SourceLocation location) =>
        new(text, count, Quantity.Count, unit, 0m, location);

    /// <summary>The value in the printed unit (e.g. 万元), exact.</summary>
    public decimal InUnit(string unit) => Kind == Quantity.Money ? Value / MoneyUnits.FactorOf(unit) : Value;
}
