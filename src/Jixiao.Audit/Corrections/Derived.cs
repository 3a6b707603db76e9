using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Corrections;

/// <summary>A value derived from stated figures, with the interval their printed precision allows.</summary>
internal sealed record Derived(decimal Value, Interval Interval)
{
    /// <summary>The same quantity as another stated figure.</summary>
    public static Derived? Of(Stated? stated) => stated is null ? null : new(stated.Value, stated.Interval);

    /// <summary>The sum of figures, null when one is missing.</summary>
    public static Derived? Sum(IEnumerable<Stated?> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 || list.Any(p => p is null)
            ? null
            : new(list.Sum(p => p!.Value), Interval.Sum(list.Select(p => p!.Interval)));
    }

    /// <summary>A rate in percentage points, part ÷ whole × 100; null when either is missing or the whole is zero.</summary>
    public static Derived? Rate(Stated? part, Stated? whole) =>
        part is null || whole is not { Value: not 0 } || part.Interval.DivideBy(whole.Interval) is not { } ratio
            ? null
            : new(part.Value / whole.Value * 100m, ratio * 100m);

    public static Derived Count(int count) => new(count, Interval.Exact(count));
}
