using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Joins a table at the top of a page to the one that ended the previous page when their columns line up: ruled tables
/// when they have the same outer borders (the columns are then the boundaries of both pages together), others when
/// most columns overlap. Header rows repeated at the top of the new page (Word's "repeat as header row") are dropped,
/// and a row cut by the page break is joined to its first part.
/// </summary>
internal static class TableContinuation
{
    public static PdfTable? Join(PdfTable previous, PdfTable next)
    {
        var columns = previous.Boundaries is { } a && next.Boundaries is { } b ? Ruled(a, b) : Aligned(previous, next);
        if (columns is not var (union, previousMap, nextMap))
        {
            return null;
        }

        var rows = previous.Rows.Select(r => Widen(r, previousMap, union.Count)).ToList();
        var continued = next.Rows.Select(r => Widen(r, nextMap, union.Count)).ToList();
        var repeated = 0;
        while (repeated < continued.Count && repeated < rows.Count && continued[repeated].Cells.Count(c => c.Length > 0) >= 2
            && continued[repeated].Cells.SequenceEqual(rows[repeated].Cells))
        {
            repeated++;
        }

        continued.RemoveRange(0, repeated);
        if (rows.Count > 0 && continued.Count > 0 && IsCutRow(rows[^1], continued[0]))
        {
            var (top, rest) = (rows[^1], continued[0]);
            rows[^1] = top with { Cells = top.Cells.Zip(rest.Cells, WrappedText.Join).ToArray() };
            continued.RemoveAt(0);
        }

        rows.AddRange(continued);
        var boundaries = previous.Boundaries is not null && next.Boundaries is not null ? union.Select(c => c.Left).Append(union[^1].Right).ToList() : null;
        return new PdfTable(union, rows, [.. previous.Lines, .. next.Lines], boundaries);
    }

    /// <summary>Ruled tables with the same outer borders: the columns between all boundaries of both.</summary>
    private static (List<(double Left, double Right)> Union, int[] PreviousMap, int[] NextMap)? Ruled(IReadOnlyList<double> previous, IReadOnlyList<double> next)
    {
        if (Math.Abs(previous[0] - next[0]) > RuledGrid.MinimumBand || Math.Abs(previous[^1] - next[^1]) > RuledGrid.MinimumBand)
        {
            return null;
        }

        var boundaries = RuledGrid.Boundaries(previous.Concat(next));
        var union = boundaries.Zip(boundaries.Skip(1)).ToList();
        int[] Map(IReadOnlyList<double> xs) => xs.SkipLast(1).Select(x => boundaries.FindIndex(u => Math.Abs(u - x) < RuledGrid.MinimumBand)).ToArray();
        return (union, Map(previous), Map(next));
    }

    /// <summary>Tables found by alignment: the union of their column extents, if each column keeps to its own and most are shared.</summary>
    private static (List<(double Left, double Right)> Union, int[] PreviousMap, int[] NextMap)? Aligned(PdfTable previous, PdfTable next)
    {
        var union = ColumnLayout.Union(previous.Columns.Concat(next.Columns));
        var previousMap = Map(previous.Columns, union);
        var nextMap = Map(next.Columns, union);
        var shared = previousMap.Intersect(nextMap).Count();
        if (previousMap.Distinct().Count() != previousMap.Length || nextMap.Distinct().Count() != nextMap.Length
            || shared < 2 || shared * 2 < next.Columns.Count)
        {
            return null;
        }

        return (union, previousMap, nextMap);
    }

    /// <summary>
    /// The first row on the new page only goes on with cells the last row of the previous page had started, and each of
    /// those cells ran down to that row's last line: the row was cut by the page break.
    /// </summary>
    private static bool IsCutRow(PdfTableRow last, PdfTableRow first)
    {
        var firstColumns = Enumerable.Range(0, first.Cells.Length).Where(c => first.Cells[c].Length > 0).ToList();
        var lastCount = last.Cells.Count(c => c.Length > 0);
        return firstColumns.Count > 0 && firstColumns.Count < lastCount
            && firstColumns.All(c => last.Cells[c].Length > 0 && Math.Abs(last.CellBottoms[c] - last.Bottom) < 3);
    }

    private static int[] Map(IReadOnlyList<(double Left, double Right)> columns, List<(double Left, double Right)> union) =>
        columns.Select(c => union.FindIndex(u => c.Left < u.Right && u.Left < c.Right)).ToArray();

    private static PdfTableRow Widen(PdfTableRow row, int[] map, int width)
    {
        var cells = new string[width];
        var bottoms = new double[width];
        Array.Fill(cells, string.Empty);
        Array.Fill(bottoms, double.NaN);
        for (var c = 0; c < map.Length && c < row.Cells.Length; c++)
        {
            cells[map[c]] = row.Cells[c];
            bottoms[map[c]] = row.CellBottoms[c];
        }

        return row with { Cells = cells, CellBottoms = bottoms };
    }
}
