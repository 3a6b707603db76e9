using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Writes the pages' lines and tables into the shared <see cref="BlockAssembler"/>: headings by size, weight or
/// heading font (a heading wrapped over two lines is one heading); running text by its layout (<see cref="BodyLayout"/>):
/// a line that runs to the right edge of the text column goes on in the next line unless that starts at a first-line
/// indent, a line that stops short ends its paragraph, and where the layout cannot tell the text decides; and tables,
/// a table that goes on at the top of the next page joined to the one that ended the previous page
/// (<see cref="TableContinuation"/>).
/// </summary>
internal sealed partial class PdfBlockWriter(ReaderLimits limits, List<ReadingProblem> problems, IReadOnlyList<PdfPageContent> pages)
{
    /// <summary>A line this much larger than the body text is a heading.</summary>
    private const double HeadingScale = 1.12;

    private readonly BlockAssembler _assembler = new();
    private readonly List<PdfLine> _paragraph = [];
    private BodyLayout _body = BodyLayout.Unknown;
    private bool _paragraphStarts;
    private PdfLine? _lastText;
    private bool _lastTextEndedPage;
    private PdfTable? _table;
    private bool _tableEndedPage;

    /// <summary>What the layout shows about the line after another.</summary>
    private enum Layout
    {
        /// <summary>The layout cannot tell; the text decides (as in a text file).</summary>
        Unknown,

        /// <summary>The line goes on the previous line's paragraph.</summary>
        Continues,

        /// <summary>The line starts a paragraph.</summary>
        Starts,
    }

    public IReadOnlyList<Block> Write()
    {
        _body = BodyLayout.Of(pages.SelectMany(p => p.Lines).ToList());
        var items = FindTables();
        var body = BodyLayout.Of(TextLines(items));
        if (body.Size != _body.Size || body.Font != _body.Font)
        {
            // Tables in a smaller size than the running text (or another font) decided the first guess; find them again.
            _body = body;
            items = FindTables();
        }

        _body = BodyLayout.Of(TextLines(items).Where(l => !IsHeading(l)).ToList());
        foreach (var found in items)
        {
            var pageItems = _table is not null && _tableEndedPage ? WithCutRowAbsorbed(found, _table) : found;
            for (var k = 0; k < pageItems.Count; k++)
            {
                var first = k == 0;
                var last = k == pageItems.Count - 1;
                if (pageItems[k].Table is { } table)
                {
                    FlushParagraph();
                    _lastText = null;
                    if (first && _tableEndedPage && _table is not null && TableContinuation.Join(_table, table) is { } joined)
                    {
                        _table = joined;
                    }
                    else
                    {
                        FlushTable();
                        _table = table;
                    }

                    _tableEndedPage = last;
                    continue;
                }

                FlushTable();
                var line = pageItems[k].Line!;
                if (IsHeading(line))
                {
                    FlushParagraph();
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
                _lastTextEndedPage = last;
            }
        }

        FlushTable();
        FlushParagraph();
        return _assembler.Finish();
    }

    private List<List<PageItem>> FindTables() => pages.Select(p => TableFinder.Find(p.Lines, p.Grids, IsHeading)).ToList();

    private static List<PdfLine> TextLines(List<List<PageItem>> items) => items.SelectMany(i => i).Select(i => i.Line).OfType<PdfLine>().ToList();

    /// <summary>
    /// A heading: larger than the body text, or a short numbered line set in bold or in a font of its own ("一、…" in
    /// 黑体 over body text in 仿宋).
    /// </summary>
    private bool IsHeading(PdfLine line)
    {
        if (line.Size >= _body.Size * HeadingScale)
        {
            return true;
        }

        if (line.IsMulti || !(line.Bold || (line.Font is { } font && _body.Font is { } bodyFont && font != bodyFont)))
        {
            return false;
        }

        var text = TextNormalizer.Normalize(line.Text);
        return text.Length <= 50 && !text.EndsWith('。') && HeadingParser.Split(text).Kind != NumberingKind.None;
    }

    private bool ContinuesHeading(PdfLine previous, PdfLine next) =>
        IsHeading(next) && Math.Abs(previous.Size - next.Size) <= 0.5 && previous.Bold == next.Bold
        && previous.Baseline - next.Baseline is > 0 and var gap && gap <= 1.6 * next.Size
        && previous.Right >= _body.Right - (3 * previous.Size)
        && HeadingParser.Split(TextNormalizer.Normalize(next.Text)).Kind == NumberingKind.None;

    /// <summary>A line of running text: it joins the paragraph being gathered when the layout shows it continues it.</summary>
    private void Text(PdfLine line, bool firstOnPage)
    {
        if (TextNormalizer.Normalize(line.Text).Length == 0)
        {
            return;
        }

        var layout = _lastText is { } previous ? After(previous, line, firstOnPage) : Layout.Unknown;
        if (layout != Layout.Continues)
        {
            FlushParagraph();
            _paragraphStarts = layout == Layout.Starts;
        }

        _paragraph.Add(line);
        _lastText = line;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on the paragraph of <paramref name="previous"/>: a line further down than line
    /// distance or one after a line that stops short of the right edge starts a paragraph; a full line goes on in the next
    /// line unless that starts at a first-line indent. Where the layout cannot tell, the text decides: a full first line
    /// followed by an indented one may be a hanging indent, and where paragraphs are not indented (but spaced, which a
    /// page break hides) a full line at the foot of a page that ends a sentence may end its paragraph.
    /// </summary>
    private Layout After(PdfLine previous, PdfLine next, bool firstOnPage)
    {
        if (!_body.Measured || !Comparable(previous, next, firstOnPage))
        {
            return Layout.Unknown;
        }

        if (previous.Page == next.Page && previous.Baseline - next.Baseline > _body.LineGap(next.Size))
        {
            return Layout.Starts;
        }

        if (StopsShort(previous, next))
        {
            return Layout.Starts;
        }

        var em = next.Size;
        var first = _paragraph.Count == 1;
        if (next.Left > previous.Left + (0.5 * em))
        {
            return first ? Layout.Unknown : Layout.Starts;
        }

        if (first && previous.Left > _body.Left + (0.5 * em) && Math.Abs(next.Left - previous.Left) <= 0.5 * em)
        {
            return Layout.Starts;
        }

        var unmarked = !_body.Indented && previous.Page != next.Page && SentenceEndPattern().IsMatch(TextNormalizer.Normalize(previous.Text));
        return unmarked ? Layout.Unknown : Layout.Continues;
    }

    /// <summary>
    /// Two lines of the same size and weight, the second below the first on its page, or the last line of a page and the
    /// first of the next.
    /// </summary>
    private bool Comparable(PdfLine previous, PdfLine next, bool firstOnPage)
    {
        if (Math.Abs(previous.Size - next.Size) > 0.5 || previous.Bold != next.Bold)
        {
            return false;
        }

        return previous.Page == next.Page
            ? previous.Baseline > next.Baseline
            : firstOnPage && _lastTextEndedPage && next.Page == previous.Page + 1;
    }

    /// <summary>
    /// The line ends before the right edge of the text column by more than the first unbreakable piece of the next line
    /// (a figure, a Latin word, a character with the punctuation that may not start a line) would take: it was not
    /// wrapped there, it ended. Half a character is allowed for justification and compressed punctuation.
    /// </summary>
    private bool StopsShort(PdfLine previous, PdfLine next)
    {
        var piece = FirstPiecePattern().Match(TextNormalizer.Normalize(next.Text)).Value;
        var width = piece.Sum(c => char.IsAscii(c) ? 0.5 : 1.0) * next.Size;
        return _body.Right - previous.Right > width + (0.5 * next.Size);
    }

    private void FlushParagraph()
    {
        if (_paragraph.Count == 0)
        {
            return;
        }

        _assembler.WrappedLines(_paragraph.Select(l => (l.Text, l.Number, (int?)l.Page)).ToList(), _paragraphStarts);
        _paragraph.Clear();
    }

    /// <summary>
    /// Lone lines at the top of a page, above a table found by alignment, after a page that ended in a table: the rest of a
    /// row cut by the page break (or single-cell rows) when they keep to the columns. They are rebuilt as the table's first
    /// rows. A ruled table has no such lines: its cut row is inside its rules.
    /// </summary>
    private List<PageItem> WithCutRowAbsorbed(List<PageItem> items, PdfTable previous)
    {
        var tableAt = items.FindIndex(i => i.Table is not null);
        if (tableAt <= 0 || items[tableAt].Table!.Boundaries is not null || items.Take(tableAt).Any(i => i.Line is not { } line || IsHeading(line)))
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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"body {_body.Size} {_body.Font}, text column {_body.Left}–{_body.Right}, line pitch {_body.Pitch}");

    /// <summary>
    /// The first piece of a line that cannot be broken: a run of figures and Latin letters, or one character, with the
    /// opening punctuation that may not end a line before it and the closing punctuation that may not start one after it.
    /// </summary>
    [GeneratedRegex(@"^[“‘（《「『【〔]*(?:[\x21-\x7E]+|.)[，。、；：！？）》」』】〕”’%]*")]
    private static partial Regex FirstPiecePattern();

    [GeneratedRegex(@"[。！？；：:!?;]$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^(?:(?:表|附表)\s*\d+\s*[：:、.]?|(?:金额)?单位\s*[：:])")]
    private static partial Regex CaptionOrUnitPattern();
}
