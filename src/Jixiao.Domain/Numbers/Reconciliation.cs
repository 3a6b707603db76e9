namespace Jixiao.Domain.Numbers;

/// <summary>
/// Compares a stated number with a value derived from other stated numbers, rounding-aware:
/// exact when the derived value rounds to the printed one, within rounding when the intervals overlap.
/// </summary>
public static class Reconciliation
{
    /// <param name="stated">The number the report prints.</param>
    /// <param name="derived">The interval of values the derivation allows.</param>
    /// <param name="derivedValue">The derivation from the printed values themselves.</param>
    public static Agreement Compare(Stated stated, Interval derived, decimal derivedValue)
    {
        if (RoundTo(derivedValue, stated.Resolution) == stated.Value)
        {
            return Agreement.Exact;
        }

        return stated.Interval.Overlaps(derived) ? Agreement.WithinRounding : Agreement.Mismatch;
    }

    /// <summary>
    /// Compares two stated numbers that claim the same quantity. Each stands for the values that round to it,
    /// a half-open interval, so two printings one unit apart in the last digit cannot both be right (4171.75 vs
    /// 4171.76 is a mismatch), while printings at different precisions may agree within rounding.
    /// </summary>
    public static Agreement Compare(Stated a, Stated b)
    {
        if (a.Value == b.Value)
        {
            return Agreement.Exact;
        }

        var coarse = a.Resolution >= b.Resolution ? a : b;
        var fine = ReferenceEquals(coarse, a) ? b : a;
        if (RoundTo(fine.Value, coarse.Resolution) == coarse.Value)
        {
            return Agreement.Exact;
        }

        var (x, y) = (a.Interval, b.Interval);
        return x.Low < y.High && y.Low < x.High ? Agreement.WithinRounding : Agreement.Mismatch;
    }

    /// <summary>Rounds half away from zero to a multiple of <paramref name="resolution"/>.</summary>
    public static decimal RoundTo(decimal value, decimal resolution) =>
        resolution <= 0 ? value : Math.Round(value / resolution, 0, MidpointRounding.AwayFromZero) * resolution;
}
