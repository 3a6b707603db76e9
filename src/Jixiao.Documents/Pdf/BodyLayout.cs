namespace Jixiao.Documents.Pdf;

/// <summary>
/// How the running text is set, from the lines outside tables: the size and font most characters are printed in, the
/// left and right edges of the text column (where continuation lines start and where full lines end), the usual
/// distance between the baselines of a paragraph's lines and whether paragraphs start at a first-line indent. A column
/// narrower than <see cref="MinimumMeasure"/> characters is not measured (nothing wraps there, so no line is full).
/// </summary>
internal sealed record BodyLayout(double Size, string? Font, double Left, double Right, double Pitch, bool Indented = false)
{
    /// <summary>Running text narrower than this many font sizes is not treated as wrapping.</summary>
    private const double MinimumMeasure = 20;

    public static readonly BodyLayout Unknown = new(12, null, 0, double.MaxValue, 18);

    /// <summary>Whether the text column's edges are known, so that the layout tells where paragraphs wrap.</summary>
    public bool Measured => Right < double.MaxValue;

    public static BodyLayout Of(IReadOnlyList<PdfLine> lines)
    {
        if (lines.Count == 0)
        {
            return Unknown;
        }

        var size = lines
            .GroupBy(l => Math.Round(l.Size * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .First().Key;
        var body = lines.Where(l => Math.Abs(l.Size - size) <= 0.5).ToList();
        var font = body.SelectMany(l => l.Words).GroupBy(w => w.Font).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        var pitch = LinePitch(body, size);
        var measured = body.Where(l => l.Text.Length >= 10).ToList();
        if (measured.Count == 0)
        {
            return new BodyLayout(size, font, 0, double.MaxValue, pitch);
        }

        var lefts = measured.Select(l => l.Left).Order().ToList();
        var (left, right) = (lefts[lefts.Count / 10], RightEdge(measured, size));
        return right - left >= MinimumMeasure * size
            ? new BodyLayout(size, font, left, right, pitch, StartsIndented(body, left, right, size))
            : new BodyLayout(size, font, left, double.MaxValue, pitch);
    }

    /// <summary>
    /// Whether the line after a clearly short one (a paragraph's last line) starts indented by up to four characters more
    /// often than at the left edge.
    /// </summary>
    private static bool StartsIndented(List<PdfLine> body, double left, double right, double size)
    {
        var starts = body.Zip(body.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && p.First.Right < right - (2 * size))
            .Select(p => p.Second.Left - left)
            .ToList();
        return starts.Count(indent => indent > 0.5 * size && indent < 4 * size) > starts.Count(indent => Math.Abs(indent) <= 0.5 * size);
    }

    /// <summary>
    /// The distance between the lines of a paragraph: the smallest that recurs between consecutive lines on a page (the
    /// others also hold the space between paragraphs), else the smallest there is.
    /// </summary>
    private static double LinePitch(List<PdfLine> body, double size)
    {
        var gaps = body.Zip(body.Skip(1))
            .Where(p => p.First.Page == p.Second.Page)
            .Select(p => Math.Round((p.First.Baseline - p.Second.Baseline) * 2) / 2)
            .Where(gap => gap > 0.9 * size && gap < 3 * size)
            .ToList();
        if (gaps.Count == 0)
        {
            return 1.5 * size;
        }

        var recurring = gaps.GroupBy(g => g).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
        return recurring.Count > 0 ? recurring.Min() : gaps.Min();
    }

    /// <summary>
    /// Where full lines end: of the right edges up to two characters short of the furthest, the one most lines end at
    /// (the furthest when none is shared), so that lines running into the margin (hanging punctuation, a long figure)
    /// do not set it.
    /// </summary>
    private static double RightEdge(List<PdfLine> lines, double size)
    {
        var rights = lines.Select(l => l.Right).OrderDescending().ToList();
        return rights.TakeWhile(r => r >= rights[0] - (2 * size))
            .MaxBy(right => rights.Count(r => Math.Abs(r - right) <= size / 4));
    }

    /// <summary>The most two lines of one paragraph printed in <paramref name="size"/> stand apart (baseline to baseline).</summary>
    public double LineGap(double size) => Math.Max(1.6 * size, 1.25 * Pitch * size / Size);
}
