namespace Jixiao.Web.Dashboards;

/// <summary>
/// One page of a long list on the dashboard page: the rows of page <see cref="Number"/> (1-based, at most
/// <see cref="RowPage.Size"/>) in the list's order, and how many pages and rows there are.
/// </summary>
public sealed record RowPage<T>(IReadOnlyList<T> Rows, int Number, int Pages, int Total)
{
    /// <summary>The 1-based position of the first row shown (0 when there are none).</summary>
    public int First => Total == 0 ? 0 : (Number - 1) * RowPage.Size + 1;

    /// <summary>The 1-based position of the last row shown.</summary>
    public int Last => (Number - 1) * RowPage.Size + Rows.Count;
}

/// <summary>Cuts a list into <see cref="RowPage{T}"/>s.</summary>
public static class RowPage
{
    /// <summary>Rows per page.</summary>
    public const int Size = 50;

    /// <summary>Page <paramref name="number"/> (the first when null) of <paramref name="all"/>; a number out of range shows the nearest page.</summary>
    public static RowPage<T> Of<T>(IReadOnlyList<T> all, int? number)
    {
        ArgumentNullException.ThrowIfNull(all);
        var pages = Math.Max(1, (all.Count + Size - 1) / Size);
        var shown = Math.Clamp(number ?? 1, 1, pages);
        return new RowPage<T>([.. all.Skip((shown - 1) * Size).Take(Size)], shown, pages, all.Count);
    }
}
