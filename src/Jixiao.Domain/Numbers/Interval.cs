namespace Jixiao.Domain.Numbers;

/// <summary>
/// A closed interval of exact decimals: the set of true values a printed number may stand for
/// (XBRL Calculations 1.1 style). Arithmetic on intervals keeps every possible value inside.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval Exact(decimal value) => new(value, value);

    public static Interval Around(decimal value, decimal halfWidth) => new(value - halfWidth, value + halfWidth);

    public decimal Middle => (Low + High) / 2;

    public bool Contains(decimal value) => Low <= value && value <= High;

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator *(Interval a, decimal factor) =>
        factor >= 0 ? new(a.Low * factor, a.High * factor) : new(a.High * factor, a.Low * factor);

    /// <summary>The quotient of two intervals; null when the divisor may be zero.</summary>
    public Interval? DivideBy(Interval divisor)
    {
        if (divisor.Low <= 0 && divisor.High >= 0)
        {
            return null;
        }

        if (divisor.Low > 0)
        {
            // A positive divisor: the least quotient divides the low end by the divisor's high end when that low end is
            // not negative (by its low end otherwise), and the greatest likewise — two divisions instead of four.
            return new Interval(Low >= 0 ? Low / divisor.High : Low / divisor.Low, High >= 0 ? High / divisor.Low : High / divisor.High);
        }

        var (a, b, c, d) = (Low / divisor.Low, Low / divisor.High, High / divisor.Low, High / divisor.High);
        return new Interval(Math.Min(Math.Min(a, b), Math.Min(c, d)), Math.Max(Math.Max(a, b), Math.Max(c, d)));
    }

    public static Interval Sum(IEnumerable<Interval> parts) =>
        parts.Aggregate(Exact(0), (total, part) => total + part);

    public Interval Add(Interval other) => this + other;

    public Interval Subtract(Interval other) => this - other;

    public Interval Multiply(decimal factor) => this * factor;
}
