using System.Text.RegularExpressions;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Removes running headers and footers (a line printed at the same height on most pages, page numbers
/// counted as the same text) and page numbers ("第 3 页", "- 3 -", "3/12", a bare number) at the top or bottom.
/// A line inside a ruled table is never one (a header row Word repeats on every page stands at the same height).
/// </summary>
internal static partial class RunningFurniture
{
    /// <summary>Share of the page height at the top and at the bottom where headers and footers stand.</summary>
    private const double Band = 0.12;

    /// <summary>Baselines within this many points count as the same height on different pages.</summary>
    private const double SameHeight = 3;

    public static List<List<PdfLine>> Remove(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> heights, IReadOnlyList<IReadOnlyList<RuledGrid>> grids)
    {
        var repeated = RepeatedKeys(pages, heights);
        var result = new List<List<PdfLine>>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var kept = new List<PdfLine>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var inBand = InBand(line, heights[p]) && !grids[p].Any(g => g.Contains((line.Left + line.Right) / 2, line.Baseline));
                var furniture = inBand
                    && (repeated.Contains(Key(line))
                        || (PageNumberPattern().IsMatch(line.Text.Trim()) && IsOutermost(lines, i, heights[p])));
                if (!furniture)
                {
                    kept.Add(line);
                }
            }

            result.Add(kept);
        }

        return result;
    }

    private static HashSet<(int, string)> RepeatedKeys(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> heights)
    {
        var keys = new HashSet<(int, string)>();
        if (pages.Count < 2)
        {
            return keys;
        }

        var counts = new Dictionary<(int, string), int>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var key in pages[p].Where(l => InBand(l, heights[p])).Select(Key).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var (key, count) in counts)
        {
            if (count >= needed)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static (int, string) Key(PdfLine line) => ((int)Math.Round(line.Baseline / SameHeight), DigitsPattern().Replace(line.Text, "#"));

    private static bool InBand(PdfLine line, double height) => line.Baseline >= height * (1 - Band) || line.Baseline <= height * Band;

    /// <summary>A page number is the first or last line on its page (nothing above it, or nothing below it).</summary>
    private static bool IsOutermost(List<PdfLine> lines, int index, double height) =>
        lines[index].Baseline <= height * Band ? lines.Skip(index + 1).All(l => l.Baseline > height * Band || PageNumberPattern().IsMatch(l.Text.Trim()))
        : lines.Take(index).All(l => l.Baseline < height * (1 - Band) || PageNumberPattern().IsMatch(l.Text.Trim()));

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"^(?:[-—–－~·•]?\s*\d{1,4}\s*[-—–－~·•]?|第\s*\d{1,4}\s*页(?:\s*[,，/／、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:Page|页码)\s*[:：]?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();
}
