using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Rebuilds the rows of a table from its lines: fragments go to columns; lines of one column that follow each
/// other at line pitch form one cell (a wrapped cell); cells whose vertical extents overlap form one row (cells
/// are often centred vertically, so a row is a band, not a line). A band in which every cell has the same
/// lines at the same heights is a run of tight single-line rows and is split into them.
/// </summary>
internal static class RowAssembler
{
    public static PdfTable Build(IReadOnlyList<PdfLine> lines)
    {
        var columns = ColumnLayout.Of(lines);
        var cells = new List<Cell>();
        foreach (var line in lines)
        {
            foreach (var fragment in line.Fragments.SelectMany(f => ColumnLayout.Split(f, columns)))
            {
                var column = ColumnLayout.IndexOf(fragment, columns);
                var open = cells.LastOrDefault(c => c.Column == column);
                if (open is not null && open.Parts[^1].Fragment.Baseline - fragment.Baseline <= TableFinder.BandPitch * fragment.Size
                    && !ReferenceEquals(open.Parts[^1].Line, line))
                {
                    open.Parts.Add((fragment, line));
                }
                else if (open is not null && ReferenceEquals(open.Parts[^1].Line, line))
                {
                    open.Parts.Add((fragment, line));
                }
                else
                {
                    cells.Add(new Cell(column, [(fragment, line)]));
                }
            }
        }

        var rows = new List<PdfTableRow>();
        foreach (var band in Bands(cells))
        {
            foreach (var row in SplitTight(band))
            {
                rows.Add(ToRow(row, columns.Count));
            }
        }

        return new PdfTable(columns, rows, lines);
    }

    private static List<List<Cell>> Bands(List<Cell> cells)
    {
        var bands = new List<(double Top, double Bottom, List<Cell> Cells)>();
        foreach (var cell in cells.OrderByDescending(c => c.Top))
        {
            if (bands.Count > 0 && cell.Top > bands[^1].Bottom)
            {
                var last = bands[^1];
                last.Cells.Add(cell);
                bands[^1] = (last.Top, Math.Min(last.Bottom, cell.Bottom), last.Cells);
            }
            else
            {
                bands.Add((cell.Top, cell.Bottom, [cell]));
            }
        }

        return bands.Select(b => b.Cells).ToList();
    }

    private static IEnumerable<List<Cell>> SplitTight(List<Cell> band)
    {
        var baselines = band.Select(c => c.Parts.Select(p => Math.Round(p.Line.Baseline, 1)).Distinct().ToList()).ToList();
        if (band.Count < 2 || baselines.Any(b => b.Count < 2) || baselines.Skip(1).Any(b => !b.SequenceEqual(baselines[0])))
        {
            yield return band;
            yield break;
        }

        foreach (var baseline in baselines[0])
        {
            yield return band
                .Select(c => new Cell(c.Column, c.Parts.Where(p => Math.Round(p.Line.Baseline, 1) == baseline).ToList()))
                .ToList();
        }
    }

    private static PdfTableRow ToRow(List<Cell> band, int width)
    {
        var texts = new string[width];
        var bottoms = new double[width];
        Array.Fill(texts, string.Empty);
        Array.Fill(bottoms, double.NaN);
        foreach (var cell in band.OrderByDescending(c => c.Top))
        {
            texts[cell.Column] = WrappedText.Join(texts[cell.Column], cell.Text);
            bottoms[cell.Column] = double.IsNaN(bottoms[cell.Column]) ? cell.LowestBaseline : Math.Min(bottoms[cell.Column], cell.LowestBaseline);
        }

        var lines = band.SelectMany(c => c.Parts.Select(p => p.Line)).ToList();
        return new PdfTableRow(texts, lines.Min(l => l.Number), lines[0].Page, bottoms, lines.Min(l => l.Baseline));
    }

    private sealed record Cell(int Column, List<(PdfFragment Fragment, PdfLine Line)> Parts)
    {
        public double Top => Parts.Max(p => p.Fragment.Baseline + 0.8 * p.Fragment.Size);

        public double Bottom => Parts.Min(p => p.Fragment.Baseline - 0.2 * p.Fragment.Size);

        public double LowestBaseline => Parts.Min(p => p.Fragment.Baseline);

        public string Text
        {
            get
            {
                var text = string.Empty;
                PdfLine? line = null;
                foreach (var (fragment, owner) in Parts)
                {
                    text = ReferenceEquals(owner, line) ? text + " " + fragment.Text : WrappedText.Join(text, fragment.Text);
                    line = owner;
                }

                return text;
            }
        }
    }
}
