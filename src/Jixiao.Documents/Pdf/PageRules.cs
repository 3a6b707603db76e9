using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// The horizontal and vertical ruling lines of a page, from its vector paths: stroked straight segments (cell borders
/// drawn as lines or as stroked rectangles) and thin filled rectangles (borders drawn as filled bars, as Word does;
/// a bar is one line even when its outline is stroked too).
/// Pieces of one line (each cell's border drawn separately) are merged. Clipping paths, curves and filled areas
/// (shading, bars of a chart) are not rules. A page with more than <see cref="PdfReadingLimits.MaxRulesPerPage"/>
/// rules (a drawing) gives none: its tables, if any, are read by their alignment.
/// </summary>
internal static class PageRules
{
    /// <summary>A filled rectangle no thicker than this (points) is a line.</summary>
    private const double Thin = 3;

    /// <summary>Shorter segments (points) are marks, not rules.</summary>
    private const double MinimumLength = 4;

    /// <summary>Segments this close (points) across their direction are one line; this close along it, they join.</summary>
    public const double Tolerance = 2;

    public static IReadOnlyList<PdfRule> Read(IReadOnlyList<PdfPath> paths)
    {
        var segments = new List<PdfRule>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (!(path.IsFilled && subpath.GetBoundingRectangle() is { } box && Bar(box, segments)) && path.IsStroked)
                {
                    Stroked(subpath, segments);
                }
            }

            if (segments.Count > 4 * PdfReadingLimits.MaxRulesPerPage)
            {
                return [];
            }
        }

        var rules = Merge(segments.Where(s => s.Horizontal)).Concat(Merge(segments.Where(s => !s.Horizontal))).ToList();
        return rules.Count > PdfReadingLimits.MaxRulesPerPage ? [] : rules;
    }

    private static void Stroked(PdfSubpath subpath, List<PdfRule> segments)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, segments);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && current is { } last:
                    Add(last, first, segments);
                    current = first;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<PdfRule> segments)
    {
        if (Math.Abs(from.Y - to.Y) <= 0.5 && Math.Abs(from.X - to.X) >= MinimumLength)
        {
            segments.Add(new PdfRule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= 0.5 && Math.Abs(from.Y - to.Y) >= MinimumLength)
        {
            segments.Add(new PdfRule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>A filled rectangle thin enough to be a line adds that line.</summary>
    private static bool Bar(PdfRectangle box, List<PdfRule> segments)
    {
        if (box.Height <= Thin && box.Width >= MinimumLength)
        {
            segments.Add(new PdfRule(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
            return true;
        }

        if (box.Width <= Thin && box.Height >= MinimumLength)
        {
            segments.Add(new PdfRule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
            return true;
        }

        return false;
    }

    /// <summary>Joins collinear segments (at the same height or x, within half the tolerance) that overlap or touch.</summary>
    private static IEnumerable<PdfRule> Merge(IEnumerable<PdfRule> segments)
    {
        var line = new List<PdfRule>();
        foreach (var segment in segments.OrderBy(s => s.At))
        {
            if (line.Count > 0 && segment.At - line[0].At > Tolerance / 2)
            {
                foreach (var merged in MergeAlong(line))
                {
                    yield return merged;
                }

                line.Clear();
            }

            line.Add(segment);
        }

        foreach (var merged in MergeAlong(line))
        {
            yield return merged;
        }
    }

    private static IEnumerable<PdfRule> MergeAlong(List<PdfRule> line)
    {
        PdfRule? current = null;
        foreach (var segment in line.OrderBy(s => s.From))
        {
            if (current is not null && segment.From <= current.To + Tolerance)
            {
                current = current with { To = Math.Max(current.To, segment.To) };
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = segment;
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
