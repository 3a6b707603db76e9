namespace Jixiao.Documents.Pdf;

/// <summary>
/// Column extents of a table printed without reliable rules. Words are laid over each other: where no word of any
/// row covers an x-range, columns may part; they do part there if some row has words on both sides of that range
/// with more than a space between them (cells filled to their width stand as close as words, so the other rows
/// decide). A word that bridges columns each supported by other words (a header over sub-columns, a merged cell)
/// is left out so that it does not fuse them.
/// </summary>
internal static class ColumnLayout
{
    public static List<(double Left, double Right)> Of(IReadOnlyList<PdfLine> lines)
    {
        var words = lines.SelectMany(l => l.Fragments.SelectMany(f => f.Words)).ToList();
        var kept = words.ToList();
        foreach (var wide in words.OrderByDescending(w => w.Right - w.Left))
        {
            var others = kept.Where(w => !ReferenceEquals(w, wide) && w.Left < wide.Right && wide.Left < w.Right).ToList();
            var inside = Union(others.Select(w => (w.Left, w.Right)));
            if (inside.Count >= 2 && inside.Count(c => others.Count(w => w.Left < c.Right && c.Left < w.Right) >= 2) >= 2)
            {
                kept.Remove(wide);
            }
        }

        var pieces = Union(kept.Select(w => (w.Left, w.Right)));
        var columns = new List<(double Left, double Right)>();
        foreach (var piece in pieces)
        {
            if (columns.Count > 0 && !Parted(lines, columns[^1].Right, piece.Left))
            {
                columns[^1] = (columns[^1].Left, piece.Right);
            }
            else
            {
                columns.Add(piece);
            }
        }

        return columns;
    }

    /// <summary>
    /// Some row parts the columns: a word that starts the right-hand column (at the gap's right edge) stands more than
    /// a space after the nearest word before it, on its line or on a line of its row band (cells centred vertically
    /// put their lines half a line apart).
    /// </summary>
    private static bool Parted(IReadOnlyList<PdfLine> lines, double gapLeft, double gapRight)
    {
        const double Tolerance = 1;
        const double SameBand = 0.75;
        foreach (var line in lines)
        {
            var words = line.Fragments.SelectMany(f => f.Words).ToList();
            var start = words.Where(w => Math.Abs(w.Left - gapRight) <= Tolerance).MinBy(w => w.Left);
            if (start is null)
            {
                continue;
            }

            var before = lines
                .Where(l => ReferenceEquals(l, line) || Math.Abs(l.Baseline - line.Baseline) <= SameBand * line.Size)
                .SelectMany(l => l.Fragments.SelectMany(f => f.Words))
                .Where(w => w.Right <= gapLeft + Tolerance && w.Right <= start.Left)
                .Select(w => w.Right)
                .DefaultIfEmpty(double.NaN)
                .Max();
            if (!double.IsNaN(before) && start.Left - before > PageLines.FragmentGap * line.Size)
            {
                return true;
            }
        }

        return false;
    }

    public static List<(double Left, double Right)> Union(IEnumerable<PdfFragment> fragments) => Union(fragments.Select(f => (f.Left, f.Right)));

    /// <summary>Merges overlapping extents, left to right.</summary>
    public static List<(double Left, double Right)> Union(IEnumerable<(double Left, double Right)> extents)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var f in extents.OrderBy(f => f.Left))
        {
            if (columns.Count > 0 && f.Left < columns[^1].Right)
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, f.Right));
            }
            else
            {
                columns.Add((f.Left, f.Right));
            }
        }

        return columns;
    }

    /// <summary>The column a fragment belongs to: the one it overlaps most, or the nearest.</summary>
    public static int IndexOf(PdfFragment fragment, IReadOnlyList<(double Left, double Right)> columns)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(fragment.Right, columns[c].Right) - Math.Max(fragment.Left, columns[c].Left);
            if (overlap > bestScore)
            {
                bestScore = overlap;
                best = c;
            }
        }

        return best;
    }

    /// <summary>How many columns a fragment overlaps once split at the column gaps.</summary>
    public static int Spanned(PdfFragment fragment, IReadOnlyList<(double Left, double Right)> columns) =>
        Split(fragment, columns).Max(f => columns.Count(c => f.Overlaps(c.Left, c.Right)));

    /// <summary>
    /// Splits a fragment between words where the space between them lies on a gap between columns: cells
    /// filled to their width stand as close as words, and only the other rows show where the columns part.
    /// </summary>
    public static IReadOnlyList<PdfFragment> Split(PdfFragment fragment, IReadOnlyList<(double Left, double Right)> columns)
    {
        if (fragment.Words.Count < 2 || columns.Count(c => fragment.Overlaps(c.Left, c.Right)) < 2)
        {
            return [fragment];
        }

        var pieces = new List<PdfFragment>();
        var start = 0;
        for (var i = 1; i <= fragment.Words.Count; i++)
        {
            if (i < fragment.Words.Count && !OnColumnGap(fragment.Words[i - 1], fragment.Words[i], columns))
            {
                continue;
            }

            pieces.Add(PdfFragment.Of(fragment.Words.Skip(start).Take(i - start).ToList()));
            start = i;
        }

        return pieces;
    }

    private static bool OnColumnGap(PdfWord before, PdfWord after, IReadOnlyList<(double Left, double Right)> columns)
    {
        const double Tolerance = 1;
        for (var c = 0; c + 1 < columns.Count; c++)
        {
            var (gapLeft, gapRight) = (columns[c].Right, columns[c + 1].Left);
            if (before.Right <= gapRight + Tolerance && after.Left >= gapLeft - Tolerance && before.Right < after.Left)
            {
                return true;
            }
        }

        return false;
    }
}
