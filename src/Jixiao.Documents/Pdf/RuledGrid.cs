namespace Jixiao.Documents.Pdf;

/// <summary>
/// A table drawn with ruling lines (Word, WPS and LibreOffice print every table this way): the rules that meet each
/// other, the x of every column boundary left to right and the height of every row boundary top down. A boundary is
/// wherever some rule runs, so the grid has the finest columns and rows any part of the table has; where the border
/// between two neighbouring grid cells is not drawn, they belong to one merged cell (a label spanning rows or columns).
/// </summary>
internal sealed class RuledGrid
{
    /// <summary>Boundaries closer than this (points) are one: a double border, a rule drawn a little off.</summary>
    public const double MinimumBand = 3;

    private readonly IReadOnlyList<PdfRule> _rules;

    private RuledGrid(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<PdfRule> rules)
    {
        Xs = xs;
        Ys = ys;
        _rules = rules;
    }

    /// <summary>Column boundaries, left to right.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Row boundaries, top down (descending, PDF y is up).</summary>
    public IReadOnlyList<double> Ys { get; }

    public int ColumnCount => Xs.Count - 1;

    public int RowCount => Ys.Count - 1;

    /// <summary>
    /// The grids among a page's rules: sets of horizontal and vertical rules that cross or touch, with at least two of
    /// each and two columns (an underline, a frame around a paragraph or a chart's axes are not tables).
    /// </summary>
    public static List<RuledGrid> Find(IReadOnlyList<PdfRule> rules)
    {
        var horizontal = rules.Where(r => r.Horizontal).ToList();
        var vertical = rules.Where(r => !r.Horizontal).ToList();
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                if (horizontal[h].Covers(vertical[v].At, PageRules.Tolerance) && vertical[v].Covers(horizontal[h].At, PageRules.Tolerance))
                {
                    parent[Root(parent, h)] = Root(parent, horizontal.Count + v);
                }
            }
        }

        var grids = new List<RuledGrid>();
        foreach (var component in Enumerable.Range(0, parent.Length).GroupBy(i => Root(parent, i)))
        {
            var hs = component.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList();
            var vs = component.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
            if (hs.Count < 2 || vs.Count < 2)
            {
                continue;
            }

            var xs = Boundaries(vs.Select(v => v.At).Append(hs.Min(h => h.From)).Append(hs.Max(h => h.To)));
            var ys = Boundaries(hs.Select(h => h.At).Append(vs.Min(v => v.From)).Append(vs.Max(v => v.To)));
            ys.Reverse();
            if (xs.Count >= 3 && ys.Count >= 2)
            {
                grids.Add(new RuledGrid(xs, ys, [.. hs, .. vs]));
            }
        }

        return grids;
    }

    /// <summary>Whether the point stands inside the grid.</summary>
    public bool Contains(double x, double y) => ColumnAt(x) >= 0 && RowAt(y) >= 0;

    /// <summary>The grid column of x, or -1 outside the grid.</summary>
    public int ColumnAt(double x)
    {
        for (var c = 0; c < ColumnCount; c++)
        {
            if (x >= Xs[c] && x < Xs[c + 1])
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The grid row of height y, or -1 outside the grid.</summary>
    public int RowAt(double y)
    {
        for (var r = 0; r < RowCount; r++)
        {
            if (y <= Ys[r] && y > Ys[r + 1])
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>
    /// For each grid cell, the merged cell it belongs to, named by that cell's top-left grid cell: neighbours are joined
    /// where the border between them is not drawn.
    /// </summary>
    public (int Row, int Column)[,] Anchors()
    {
        var parent = Enumerable.Range(0, RowCount * ColumnCount).ToArray();
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (c + 1 < ColumnCount && !Drawn(false, Xs[c + 1], (Ys[r] + Ys[r + 1]) / 2))
                {
                    Union(parent, Index(r, c), Index(r, c + 1));
                }

                if (r + 1 < RowCount && !Drawn(true, Ys[r + 1], (Xs[c] + Xs[c + 1]) / 2))
                {
                    Union(parent, Index(r, c), Index(r + 1, c));
                }
            }
        }

        var anchors = new (int Row, int Column)[RowCount, ColumnCount];
        var first = new Dictionary<int, (int Row, int Column)>();
        for (var r = 0; r < RowCount; r++)
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                var root = Root(parent, Index(r, c));
                if (!first.TryGetValue(root, out var anchor))
                {
                    anchor = first[root] = (r, c);
                }

                anchors[r, c] = anchor;
            }
        }

        return anchors;
    }

    private int Index(int row, int column) => (row * ColumnCount) + column;

    /// <summary>A rule runs along the boundary at <paramref name="at"/> through <paramref name="across"/> (the middle of a cell's side).</summary>
    private bool Drawn(bool horizontal, double at, double across) =>
        _rules.Any(r => r.Horizontal == horizontal && Math.Abs(r.At - at) <= MinimumBand && r.Covers(across, 0));

    /// <summary>Positions closer than <see cref="MinimumBand"/> merged into their mean, in ascending order.</summary>
    public static List<double> Boundaries(IEnumerable<double> positions)
    {
        var groups = new List<List<double>>();
        foreach (var position in positions.Order())
        {
            if (groups.Count > 0 && position - groups[^1][0] < MinimumBand)
            {
                groups[^1].Add(position);
            }
            else
            {
                groups.Add([position]);
            }
        }

        return groups.Select(g => g.Average()).ToList();
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Root(parent, a)] = Root(parent, b);
}
