using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Writes the pages' lines and tables into the shared <see cref="BlockAssembler"/>: headings by size or weight
/// (a heading wrapped over two lines is one heading), running text line by line (a line that wraps inside a
/// paragraph is kept with it even when it ends in punctuation), and tables, a table that goes on at the top of
/// the next page joined to the one that ended the page, a row cut by the page break joined to its first part.
/// </summary>
internal sealed partial class PdfBlockWriter(ReaderLimits limits, List<ReadingProblem> problems, IReadOnlyList<List<PdfLine>> pages)
{
    /// <summary>A line this much larger than the body text is a heading.</summary>
    private const double HeadingScale = 1.12;

    /// <summary>Running text narrower than this many font sizes is not treated as wrapping.</summary>
    private const double MinimumMeasure = 20;

    private readonly BlockAssembler _assembler = new();
    private double _body = 12;
    private double _fullRight = double.MaxValue;
    private (string Text, int Line, int Page)? _chunk;
    private PdfLine? _lastText;
    private bool _lastTextEndedPage;
    private PdfTable? _table;
    private bool _tableEndedPage;

    public IReadOnlyList<Block> Write()
    {
        _body = BodySize(pages.SelectMany(p => p).ToList());
        var items = pages.Select(p => TableFinder.Find(p, IsHeading)).ToList();
        _fullRight = FullRight(items.SelectMany(i => i).Select(i => i.Line).OfType<PdfLine>().Where(l => !IsHeading(l)).ToList());

        foreach (var found in items)
        {
            var pageItems = _table is not null && _tableEndedPage ? WithCutRowAbsorbed(found, _table) : found;
            for (var k = 0; k < pageItems.Count; k++)
            {
                var first = k == 0;
                var last = k == pageItems.Count - 1;
                if (pageItems[k].Table is { } table)
                {
                    if (!(first && _tableEndedPage && _table is not null && TryContinue(table)))
                    {
                        FlushTable();
                        FlushChunk();
                        _table = table;
                    }

                    _tableEndedPage = last;
                    continue;
                }

                FlushTable();
                var line = pageItems[k].Line!;
                if (IsHeading(line))
                {
                    FlushChunk();
                    var parts = new List<PdfLine> { line };
                    while (k + 1 < pageItems.Count && pageItems[k + 1].Line is { } next && ContinuesHeading(parts[^1], next))
                    {
                        parts.Add(next);
                        k++;
                    }

                    var text = TextNormalizer.Normalize(string.Concat(parts.Select(p => p.Text)));
                    if (CaptionOrUnitPattern().IsMatch(text))
                    {
                        _assembler.Line(text, line.Number, line.Page);
                    }
                    else
                    {
                        _assembler.Heading(text, line.Number, line.Page);
                    }

                    _lastText = null;
                    continue;
                }

                Text(line, first);
                _lastTextEndedPage = k == pageItems.Count - 1;
            }
        }

        FlushTable();
        FlushChunk();
        return _assembler.Finish();
    }

    private bool IsHeading(PdfLine line)
    {
        if (line.Size >= _body * HeadingScale)
        {
            return true;
        }

        if (!line.Bold || line.IsMulti)
        {
            return false;
        }

        var text = TextNormalizer.Normalize(line.Text);
        return text.Length <= 50 && !text.EndsWith('。') && HeadingParser.Split(text).Kind != NumberingKind.None;
    }

    private bool ContinuesHeading(PdfLine previous, PdfLine next) =>
        IsHeading(next) && Math.Abs(previous.Size - next.Size) <= 0.5 && previous.Bold == next.Bold
        && previous.Baseline - next.Baseline is > 0 and var gap && gap <= 1.6 * next.Size
        && previous.Right >= _fullRight - (3 * previous.Size)
        && HeadingParser.Split(TextNormalizer.Normalize(next.Text)).Kind == NumberingKind.None;

    /// <summary>
    /// A line of running text. Where the layout shows the line goes on the previous line's paragraph (the previous
    /// line runs to the right margin, the next follows at line pitch) but the assembler would start a new paragraph
    /// (the previous line happens to end in punctuation), the two are passed on as one.
    /// </summary>
    private void Text(PdfLine line, bool firstOnPage)
    {
        var text = TextNormalizer.Normalize(line.Text);
        if (text.Length == 0)
        {
            return;
        }

        if (_chunk is { } chunk && _lastText is { } previous && SameParagraph(previous, line, firstOnPage) && WouldBreak(chunk.Text, text))
        {
            _chunk = (chunk.Text + text, chunk.Line, chunk.Page);
        }
        else
        {
            FlushChunk();
            _chunk = (text, line.Number, line.Page);
        }

        _lastText = line;
    }

    private bool SameParagraph(PdfLine previous, PdfLine next, bool firstOnPage)
    {
        if (Math.Abs(previous.Size - next.Size) > 0.5 || previous.Bold != next.Bold || previous.Right < _fullRight - (2 * next.Size)
            || next.Left > previous.Left + (0.5 * next.Size))
        {
            return false;
        }

        if (previous.Page != next.Page)
        {
            return firstOnPage && _lastTextEndedPage && next.Page == previous.Page + 1;
        }

        var gap = previous.Baseline - next.Baseline;
        return gap > 0 && gap <= 1.6 * next.Size;
    }

    /// <summary>Where <see cref="BlockAssembler"/> would not join <paramref name="next"/> to the paragraph (its own rules).</summary>
    private static bool WouldBreak(string previous, string next) =>
        HeadingParser.Split(next).Kind == NumberingKind.None
        && (SentenceEndPattern().IsMatch(previous)
            || previous.Contains("://", StringComparison.Ordinal)
            || FieldLabelPattern().IsMatch(previous)
            || FieldLabelPattern().IsMatch(next)
            || CaptionOrUnitPattern().IsMatch(next));

    private void FlushChunk()
    {
        if (_chunk is { } chunk)
        {
            _assembler.Line(chunk.Text, chunk.Line, chunk.Page);
            _chunk = null;
        }
    }

    /// <summary>Joins a table at the top of a page to the one that ended the previous page when their columns line up.</summary>
    private bool TryContinue(PdfTable next)
    {
        var previous = _table!;
        var union = new List<(double Left, double Right)>();
        foreach (var column in previous.Columns.Concat(next.Columns).OrderBy(c => c.Left))
        {
            if (union.Count > 0 && column.Left < union[^1].Right)
            {
                union[^1] = (union[^1].Left, Math.Max(union[^1].Right, column.Right));
            }
            else
            {
                union.Add(column);
            }
        }

        var previousMap = Map(previous.Columns, union);
        var nextMap = Map(next.Columns, union);
        var shared = previousMap.Intersect(nextMap).Count();
        if (previousMap.Distinct().Count() != previousMap.Length || nextMap.Distinct().Count() != nextMap.Length
            || shared < 2 || shared * 2 < next.Columns.Count)
        {
            return false;
        }

        var rows = previous.Rows.Select(r => Widen(r, previousMap, union.Count)).ToList();
        var continued = next.Rows.Select(r => Widen(r, nextMap, union.Count)).ToList();
        if (rows.Count > 0 && continued.Count > 0 && IsCutRow(rows[^1], continued[0]))
        {
            var (top, rest) = (rows[^1], continued[0]);
            var cells = top.Cells.Zip(rest.Cells, RowAssembler.Join).ToArray();
            rows[^1] = top with { Cells = cells };
            continued.RemoveAt(0);
        }

        rows.AddRange(continued);
        _table = new PdfTable(union, rows, [.. previous.Lines, .. next.Lines]);
        return true;
    }

    /// <summary>
    /// Lone lines at the top of a page, above a table, after a page that ended in a table: the rest of a row cut by the
    /// page break (or single-cell rows) when they keep to the columns. They are rebuilt as the table's first rows.
    /// </summary>
    private List<PageItem> WithCutRowAbsorbed(List<PageItem> items, PdfTable previous)
    {
        var tableAt = items.FindIndex(i => i.Table is not null);
        if (tableAt <= 0 || items.Take(tableAt).Any(i => i.Line is not { } line || IsHeading(line)))
        {
            return items;
        }

        var lines = items.Take(tableAt).Select(i => i.Line!).ToList();
        var table = items[tableAt].Table!;
        var columns = ColumnLayout.Union(previous.Columns.Concat(table.Columns));
        var chain = lines.Append(table.Lines[0]).ToList();
        var size = table.Lines[0].Size;
        var fits = lines.All(l => l.Fragments.All(f => ColumnLayout.Spanned(f, columns) == 1) && Math.Abs(l.Size - size) <= 1.5)
            && chain.Zip(chain.Skip(1)).All(p => p.First.Baseline - p.Second.Baseline is > 0 and var gap && gap <= TableFinder.RowGap * size);
        if (!fits)
        {
            return items;
        }

        return [new PageItem(null, RowAssembler.Build([.. lines, .. table.Lines])), .. items.Skip(tableAt + 1)];
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

    private void FlushTable()
    {
        if (_table is not { } table)
        {
            return;
        }

        _table = null;
        _tableEndedPage = false;
        var rows = new List<TableRow>();
        var reportedColumns = false;
        foreach (var row in table.Rows)
        {
            if (rows.Count >= limits.MaxTableRows)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"第 {row.Page} 页第 {row.Line} 行起的表格行数超过上限 {limits.MaxTableRows}，其余行未读取", new SourceLocation(Line: row.Line, Page: row.Page)));
                break;
            }

            var cells = row.Cells;
            if (cells.Length > limits.MaxTableColumns)
            {
                if (!reportedColumns)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                        $"第 {row.Page} 页第 {row.Line} 行的表格有 {cells.Length} 列，超过上限 {limits.MaxTableColumns}，超出的列未读取",
                        new SourceLocation(Line: row.Line, Page: row.Page)));
                    reportedColumns = true;
                }

                cells = cells[..limits.MaxTableColumns];
            }

            rows.Add(new TableRow(cells.Select(TextNormalizer.NormalizeCell).ToArray(), row.Line, row.Page));
        }

        _assembler.Table(rows);
        problems.AddRange(SuspiciousNumbers.Check(rows));
    }

    /// <summary>The size most characters are printed in.</summary>
    private static double BodySize(List<PdfLine> lines) =>
        lines.Count == 0 ? 12 : lines
            .GroupBy(l => Math.Round(l.Size * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .First().Key;

    /// <summary>
    /// Where full lines of running text end: a high percentile of the right edges of long text lines, provided the
    /// text column is at least <see cref="MinimumMeasure"/> characters wide (otherwise nothing wraps and no line is full).
    /// </summary>
    private double FullRight(List<PdfLine> lines)
    {
        var body = lines.Where(l => l.Text.Length >= 10 && Math.Abs(l.Size - _body) <= 0.5).ToList();
        if (body.Count == 0)
        {
            return double.MaxValue;
        }

        var rights = body.Select(l => l.Right).Order().ToList();
        var lefts = body.Select(l => l.Left).Order().ToList();
        var right = rights[(int)(rights.Count * 0.9)];
        return right - lefts[lefts.Count / 10] >= MinimumMeasure * _body ? right : double.MaxValue;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"body {_body}, full lines end at {_fullRight}");

    [GeneratedRegex(@"[。！？；：:!?;]$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^[-\s]*[A-Za-z\p{IsCJKUnifiedIdeographs}（）()]{1,10}\s*[：:]")]
    private static partial Regex FieldLabelPattern();

    [GeneratedRegex(@"^(?:(?:表|附表)\s*\d+\s*[：:、.]?|(?:金额)?单位\s*[：:])")]
    private static partial Regex CaptionOrUnitPattern();
}
