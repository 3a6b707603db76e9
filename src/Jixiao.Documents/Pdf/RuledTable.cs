using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Reads the text of a <see cref="RuledGrid"/>: each word goes to the cell its middle stands in, and the lines of a
/// cell, top down, are its text, joined as wrapped text ("74." over "00%" is "74.00%"). Rows are the grid's rows; a
/// merged cell gives its text in its top-left grid cell and leaves the others empty, as the Word and HTML readers do.
/// </summary>
internal static class RuledTable
{
    /// <summary>The table, or null when fewer than two cells hold text (a frame, not a table).</summary>
    public static PdfTable? Build(RuledGrid grid, IReadOnlyList<(PdfWord Word, PdfLine Line)> members)
    {
        var anchors = grid.Anchors();
        var cells = members
            .GroupBy(m => anchors[grid.RowAt(m.Word.Middle), grid.ColumnAt(m.Word.Centre)])
            .ToDictionary(g => g.Key, g => g.ToList());
        if (cells.Count < 2)
        {
            return null;
        }

        var rows = new List<PdfTableRow>();
        var line = members.Min(m => m.Line.Number);
        for (var r = 0; r < grid.RowCount; r++)
        {
            var texts = new string[grid.ColumnCount];
            var bottoms = new double[grid.ColumnCount];
            Array.Fill(texts, string.Empty);
            Array.Fill(bottoms, double.NaN);
            var anchored = false;
            var numbers = new List<int>();
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                if (anchors[r, c] != (r, c))
                {
                    continue;
                }

                anchored = true;
                if (cells.TryGetValue((r, c), out var words))
                {
                    texts[c] = Text(words);
                    bottoms[c] = words.Min(w => w.Word.Baseline);
                    numbers.AddRange(words.Select(w => w.Line.Number));
                }
            }

            if (!anchored)
            {
                continue;
            }

            line = numbers.Count > 0 ? numbers.Min() : line;
            var bottom = bottoms.Any(b => !double.IsNaN(b)) ? bottoms.Where(b => !double.IsNaN(b)).Min() : double.NaN;
            rows.Add(new PdfTableRow(texts, line, members[0].Line.Page, bottoms, bottom));
        }

        var columns = Enumerable.Range(0, grid.ColumnCount)
            .Select(c => (grid.Xs[c] + (RuledGrid.MinimumBand / 2), grid.Xs[c + 1] - (RuledGrid.MinimumBand / 2)))
            .ToList();
        return new PdfTable(columns, rows, members.Select(m => m.Line).Distinct().ToList(), grid.Xs);
    }

    /// <summary>A cell's lines top down, each line's words left to right.</summary>
    private static string Text(List<(PdfWord Word, PdfLine Line)> words) =>
        words.GroupBy(w => w.Line)
            .OrderByDescending(g => g.Key.Baseline)
            .Select(g => string.Join(' ', g.Select(w => w.Word).OrderBy(w => w.Left).Select(w => w.Text)))
            .Aggregate(string.Empty, WrappedText.Join);
}
