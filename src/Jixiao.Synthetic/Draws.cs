namespace Jixiao.Synthetic;

/// <summary>The random draws synthetic reports are made of, all from one seeded <see cref="Random"/> (no clock, no Guid).</summary>
internal sealed class Draws(Random random)
{
    /// <summary>A whole number in [min, max].</summary>
    public int Int(int min, int max) => random.Next(min, max + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A fraction in [min, max) at four decimals.</summary>
    public decimal Fraction(decimal min, decimal max) => min + ((max - min) * random.Next(0, 10_000) / 10_000m);

    /// <summary>An amount in 元 in [min, max] 元, a whole multiple of <paramref name="step"/> 元.</summary>
    public decimal Yuan(decimal min, decimal max, decimal step) =>
        step * random.NextInt64((long)(min / step), (long)(max / step) + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>All items in a random order.</summary>
    public IReadOnlyList<T> Shuffled<T>(IReadOnlyList<T> items) => items.OrderBy(_ => random.Next()).ToArray();

    /// <summary><paramref name="count"/> distinct items in their list order.</summary>
    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count) =>
        Enumerable.Range(0, items.Count).OrderBy(_ => random.Next()).Take(count).Order().Select(i => items[i]).ToArray();
}
