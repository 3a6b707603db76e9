using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Turns a page's letters into visual lines: words (PdfPig's nearest-neighbour word extractor, split where a
/// vertical rule of a table runs between two letters) grouped by baseline within a tolerance taken from the font
/// size, sorted by x and split into fragments at gaps wider than a space.
/// </summary>
internal static class PageLines
{
    /// <summary>Words whose baselines differ by less than this share of the font size are on one line.</summary>
    private const double BaselineTolerance = 0.3;

    /// <summary>A gap wider than this share of the font size (a space is about 0.25–0.33) separates fragments.</summary>
    public const double FragmentGap = 0.4;

    public static List<PdfLine> Read(IReadOnlyList<Letter> letters, int pageNumber, IReadOnlyList<PdfRule> rules)
    {
        var horizontal = letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        var verticals = rules.Where(r => !r.Horizontal).ToList();
        var words = NearestNeighbourWordExtractor.Instance.GetWords(horizontal)
            .SelectMany(w => ToWords(w, verticals))
            .OrderByDescending(w => w.Baseline)
            .ThenBy(w => w.Left)
            .ToList();

        var groups = new List<List<PdfWord>>();
        foreach (var word in words)
        {
            var current = groups.Count > 0 ? groups[^1] : null;
            if (current is not null && Math.Abs(current[0].Baseline - word.Baseline) <= BaselineTolerance * Math.Min(current[0].Size, word.Size))
            {
                current.Add(word);
            }
            else
            {
                groups.Add([word]);
            }
        }

        var lines = new List<PdfLine>(groups.Count);
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.Left.CompareTo(b.Left));
            var size = DominantSize(group);
            lines.Add(new PdfLine(Fragments(group), group[0].Baseline, size, group.All(w => w.Bold), lines.Count + 1, pageNumber));
        }

        return lines;
    }

    /// <summary>The word, or its pieces where a vertical rule runs between two of its letters (cells set close together).</summary>
    private static IEnumerable<PdfWord> ToWords(Word word, List<PdfRule> verticals)
    {
        if (string.IsNullOrWhiteSpace(word.Text))
        {
            yield break;
        }

        var letters = word.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            yield break;
        }

        var baseline = letters[0].StartBaseLine.Y;
        var crossing = verticals.Where(v => v.At > word.BoundingBox.Left && v.At < word.BoundingBox.Right && v.Covers(baseline, 0)).ToList();
        var start = 0;
        for (var i = 1; i <= letters.Count; i++)
        {
            if (i < letters.Count && !crossing.Any(v => v.At > Centre(letters[i - 1]) && v.At < Centre(letters[i])))
            {
                continue;
            }

            var piece = letters.GetRange(start, i - start);
            yield return start == 0 && i == letters.Count
                ? ToWord(word.Text.Trim(), word.BoundingBox.Left, word.BoundingBox.Right, piece)
                : ToWord(string.Concat(piece.Select(l => l.Value)).Trim(), piece.Min(l => l.BoundingBox.Left), piece.Max(l => l.BoundingBox.Right), piece);
            start = i;
        }
    }

    private static double Centre(Letter letter) => (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;

    private static PdfWord ToWord(string text, double left, double right, List<Letter> letters)
    {
        var sizes = letters.Select(l => l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height).Order().ToList();
        var size = Math.Max(1, sizes[sizes.Count / 2]);
        var baselines = letters.Select(l => l.StartBaseLine.Y).Order().ToList();
        var bold = letters.All(l => l.FontDetails?.IsBold == true || IsBoldName(l.FontName));
        var font = letters.GroupBy(l => FontFamily(l.FontName)).MaxBy(g => g.Count())!.Key;
        return new PdfWord(text, left, right, baselines[baselines.Count / 2], size, bold, font);
    }

    /// <summary>The font's name without the subset prefix ("BAAAAA+NotoSerifCJKsc-Regular" → "NotoSerifCJKsc-Regular").</summary>
    private static string FontFamily(string? name) => name is null ? string.Empty : name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];

    private static bool IsBoldName(string? name) =>
        name is not null && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase));

    /// <summary>The size most of the line's characters are printed in.</summary>
    private static double DominantSize(List<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Size * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Text.Length))
            .ThenByDescending(g => g.Key)
            .First().Key;

    /// <summary>Words of one line, left to right, split into fragments at gaps wider than a space.</summary>
    public static List<PdfFragment> Fragments(IReadOnlyList<PdfWord> words)
    {
        var fragments = new List<PdfFragment>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Left - words[i - 1].Right <= FragmentGap * Math.Min(words[i].Size, words[i - 1].Size))
            {
                continue;
            }

            fragments.Add(PdfFragment.Of(words.Skip(start).Take(i - start).ToList()));
            start = i;
        }

        return fragments;
    }
}
