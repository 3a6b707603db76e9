using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using TableRow = Jixiao.Documents.Neutral.TableRow;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Walks a Word body in reading order and hands its paragraphs and tables to the <see cref="BlockAssembler"/>.
/// Locations: a block's line is the 1-based ordinal of its paragraph or table row in document order (every w:p
/// outside tables and every table row counts, empty ones too; paragraphs inside a cell belong to their row), and its
/// page is counted by <see cref="PageCounter"/>. Deleted revisions, hidden text, field codes and table-of-contents
/// entries are not read.
/// </summary>
internal sealed partial class DocxBodyReader(ReaderLimits limits, StyleMap styles, NumberingMap numbering)
{
    private readonly BlockAssembler _assembler = new();
    private readonly List<ReadingProblem> _problems = [];
    private readonly PageCounter _pages = new();
    private int _ordinal;

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<ReadingProblem> Problems) Read(Document document)
    {
        if (document.Body is { } body)
        {
            ReadBlocks(body.ChildElements, emit: true, depth: 0);
        }

        return (_assembler.Finish(), _problems);
    }

    // ---- block level -----------------------------------------------------------------------------------

    private void ReadBlocks(IEnumerable<OpenXmlElement> elements, bool emit, int depth)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, emit, depth);
                    break;
                case WordTable table:
                    var tables = new List<List<TableRow>?>();
                    ReadTable(table, tables, depth);
                    if (emit)
                    {
                        foreach (var rows in tables)
                        {
                            _assembler.Table(rows ?? []);
                            _problems.AddRange(SuspiciousNumbers.Check(rows ?? []));
                        }
                    }

                    break;
                case SdtBlock sdt:
                    ReadBlocks(sdt.SdtContentBlock?.ChildElements ?? [], emit && !IsTableOfContents(sdt), depth + 1);
                    break;
                case AlternateContent alternate:
                    ReadBlocks(Chosen(alternate), emit, depth + 1);
                    break;
                case CustomXmlBlock or CustomXmlElement:
                    ReadBlocks(element.ChildElements, emit, depth + 1);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, bool emit, int depth)
    {
        var line = ++_ordinal;
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (properties?.PageBreakBefore is { } pageBreak ? pageBreak.Val?.Value ?? true : styles.PageBreakBefore(styleId))
        {
            _pages.ExplicitBreak();
        }

        var content = new InlineContent();
        ReadInline(paragraph.ChildElements, content);
        var text = Numbered(properties, styleId, content.Text.ToString());
        var page = content.FirstTextPage ?? _pages.Current;
        if (emit && !styles.IsTableOfContents(styleId) && !string.IsNullOrWhiteSpace(text))
        {
            text = Capped(text, line, $"第 {line} 段");
            var level = properties?.OutlineLevel?.Val?.Value is { } outline ? (outline is >= 0 and < 9 ? outline + 1 : (int?)null) : styles.HeadingLevel(styleId);
            if (level is not null)
            {
                _assembler.Heading(text.Replace('\n', ' ').Replace('\t', ' '), line, page);
            }
            else if (text.Contains('\t', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal))
            {
                // Columns aligned with tabs (and documents made from tab-separated text) are table rows, as in the text form.
                _assembler.TabRow(text, line, page);
            }
            else
            {
                foreach (var part in SplitAtLineBreaks(text.Replace('\t', ' ')))
                {
                    _assembler.Paragraph(part, line, page);
                }
            }
        }

        foreach (var textBox in content.TextBoxes)
        {
            ReadBlocks(textBox.ChildElements, emit, depth + 1);
        }

        if (properties?.SectionProperties is { } section && StartsNewPage(section))
        {
            _pages.ExplicitBreak();
        }
    }

    /// <summary>The automatic numbering Word prints before the paragraph, unless its text already starts with a number.</summary>
    private string Label(ParagraphProperties? properties, string? styleId)
    {
        int numId;
        int level;
        if (properties?.NumberingProperties is { } direct && direct.NumberingId?.Val?.Value is { } directId)
        {
            numId = directId;
            level = direct.NumberingLevelReference?.Val?.Value ?? 0;
        }
        else if (properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } onlyLevel && styles.Numbering(styleId) is { } withLevel)
        {
            numId = withLevel.NumId;
            level = onlyLevel;
        }
        else if (styles.Numbering(styleId) is { } fromStyle)
        {
            numId = fromStyle.NumId;
            level = fromStyle.Level ?? numbering.LevelOfStyle(fromStyle.NumId, styleId) ?? 0;
        }
        else
        {
            return string.Empty;
        }

        return numbering.Next(numId, level) ?? string.Empty;
    }

    /// <summary>Word's label before the text, unless the text already starts with its own number (typed by hand as well).</summary>
    private string Numbered(ParagraphProperties? properties, string? styleId, string text)
    {
        var label = Label(properties, styleId);
        return label.Length > 0 && HeadingParser.Split(TextNormalizer.Normalize(text)).Kind == NumberingKind.None ? label + text : text;
    }

    /// <summary>
    /// A paragraph with manual line breaks (Shift+Enter) is one paragraph where a line ends mid-sentence, and starts a
    /// new one after a sentence end or before a numbered line, a caption or a unit note — as the text form reads it.
    /// </summary>
    private static List<string> SplitAtLineBreaks(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var piece = raw.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (current.Length > 0 && (SentenceEndPattern().IsMatch(current.ToString()) || HeadingParser.Split(piece).Kind != NumberingKind.None || NewBlockPattern().IsMatch(piece)))
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(piece);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    // ---- tables ----------------------------------------------------------------------------------------

    /// <summary>
    /// Reads a table into a rectangular grid: w:gridBefore/w:gridAfter and the columns a cell spans (w:gridSpan) become
    /// empty cells, a cell continuing a vertical merge (w:vMerge without "restart") is empty, as in the text form.
    /// The table is added to <paramref name="tables"/> before the tables nested in it, which follow in document order.
    /// Returns the table's text (cells and rows joined by a space) for the cell that holds a nested table.
    /// </summary>
    private string ReadTable(WordTable table, List<List<TableRow>?> tables, int depth)
    {
        var slot = tables.Count;
        tables.Add(null);
        var rows = new List<TableRow>();
        var text = new StringBuilder();
        var reportedColumns = false;
        var reportedRows = false;
        foreach (var row in Rows(table))
        {
            var line = ++_ordinal;
            int? firstTextPage = null;
            var cells = new List<string>();
            AddEmpty(cells, row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Cells(row))
            {
                var cellProperties = cell.TableCellProperties;
                var continuation = cellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var (cellText, cellPage) = CellText(cell, tables, depth);
                firstTextPage ??= cellPage;
                cells.Add(continuation ? string.Empty : Capped(cellText, line, $"第 {line} 段（表格行）的单元格"));
                AddEmpty(cells, (cellProperties?.GridSpan?.Val?.Value ?? 1) - 1);
                if (cells.Count > limits.MaxTableColumns)
                {
                    break;
                }
            }

            AddEmpty(cells, row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
            if (cells.Count > limits.MaxTableColumns)
            {
                if (!reportedColumns)
                {
                    _problems.Add(Problem($"第 {line} 段（表格行）的表格超过 {limits.MaxTableColumns} 列的上限，超出的列未读取", line));
                    reportedColumns = true;
                }

                cells.RemoveRange(limits.MaxTableColumns, cells.Count - limits.MaxTableColumns);
            }

            foreach (var cell in cells.Where(c => c.Length > 0))
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(cell);
            }

            if (rows.Count < limits.MaxTableRows)
            {
                rows.Add(new TableRow(cells, line, firstTextPage ?? _pages.Current));
            }
            else if (!reportedRows)
            {
                _problems.Add(Problem($"第 {line} 段起的表格行数超过上限 {limits.MaxTableRows}，其余行未读取", line));
                reportedRows = true;
            }
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        tables[slot] = rows.Select(r => r.Cells.Count == width ? r : r with { Cells = [.. r.Cells, .. Enumerable.Repeat(string.Empty, width - r.Cells.Count)] }).ToList();
        return text.ToString();
    }

    /// <summary>A cell's paragraphs joined by a space, nested tables' text included; and the page its text starts on.</summary>
    private (string Text, int? Page) CellText(TableCell cell, List<List<TableRow>?> tables, int depth)
    {
        var parts = new List<string>();
        int? page = null;
        CollectCell(cell.ChildElements, parts, tables, depth + 1, ref page);
        return (TextNormalizer.NormalizeCell(string.Join(' ', parts).Replace('\t', ' ')), page);
    }

    private void CollectCell(IEnumerable<OpenXmlElement> elements, List<string> parts, List<List<TableRow>?> tables, int depth, ref int? page)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var properties = paragraph.ParagraphProperties;
                    var styleId = properties?.ParagraphStyleId?.Val?.Value;
                    if (properties?.PageBreakBefore is { } pageBreak && (pageBreak.Val?.Value ?? true))
                    {
                        _pages.ExplicitBreak();
                    }

                    var content = new InlineContent();
                    ReadInline(paragraph.ChildElements, content);
                    page ??= content.FirstTextPage;
                    var text = Numbered(properties, styleId, content.Text.ToString().Replace('\n', ' '));
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        parts.Add(text.Trim());
                    }

                    foreach (var textBox in content.TextBoxes)
                    {
                        CollectCell(textBox.ChildElements, parts, tables, depth + 1, ref page);
                    }

                    break;
                case WordTable nested:
                    var nestedText = ReadTable(nested, tables, depth);
                    if (nestedText.Length > 0)
                    {
                        parts.Add(nestedText);
                    }

                    break;
                case SdtBlock sdt:
                    CollectCell(sdt.SdtContentBlock?.ChildElements ?? [], parts, tables, depth + 1, ref page);
                    break;
                case AlternateContent alternate:
                    CollectCell(Chosen(alternate), parts, tables, depth + 1, ref page);
                    break;
                case CustomXmlBlock or CustomXmlElement:
                    CollectCell(element.ChildElements, parts, tables, depth + 1, ref page);
                    break;
            }
        }
    }

    /// <summary>Rows, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<WordTableRow> Rows(OpenXmlElement container) =>
        Unwrapped<WordTableRow>(container, e => e switch { SdtRow sdt => sdt.SdtContentRow, CustomXmlRow custom => custom, _ => null });

    /// <summary>Cells, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<TableCell> Cells(OpenXmlElement container) =>
        Unwrapped<TableCell>(container, e => e switch { SdtCell sdt => sdt.SdtContentCell, CustomXmlCell custom => custom, _ => null });

    /// <summary>The children of type <typeparamref name="T"/>, looking through the wrappers <paramref name="contentOf"/> opens.</summary>
    private static IEnumerable<T> Unwrapped<T>(OpenXmlElement container, Func<OpenXmlElement, OpenXmlElement?> contentOf)
        where T : OpenXmlElement
    {
        foreach (var element in container.ChildElements)
        {
            if (element is T item)
            {
                yield return item;
            }
            else if (contentOf(element) is { } content)
            {
                foreach (var inner in Unwrapped<T>(content, contentOf))
                {
                    yield return inner;
                }
            }
        }
    }

    private void AddEmpty(List<string> cells, int count)
    {
        for (var i = 0; i < count && cells.Count <= limits.MaxTableColumns; i++)
        {
            cells.Add(string.Empty);
        }
    }

    // ---- inline content --------------------------------------------------------------------------------

    /// <summary>Runs in order: text, tabs and line breaks; page breaks counted; text boxes set aside; deletions, field codes and hidden text skipped.</summary>
    private void ReadInline(IEnumerable<OpenXmlElement> elements, InlineContent content)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Run run:
                    ReadRun(run, content);
                    break;
                case ParagraphProperties or DeletedRun or MoveFromRun or SdtProperties or SdtEndCharProperties:
                    break;
                case AlternateContent alternate:
                    ReadInline(Chosen(alternate), content);
                    break;
                case Drawing or Picture or EmbeddedObject:
                    FindTextBoxes(element, content.TextBoxes);
                    break;
                case OpenXmlUnknownElement or OpenXmlMiscNode:
                    break;
                default:
                    // Hyperlinks, simple fields, content controls, insertions, smart tags, custom XML: read what they hold.
                    if (element.HasChildren)
                    {
                        ReadInline(element.ChildElements, content);
                    }

                    break;
            }
        }
    }

    private void ReadRun(Run run, InlineContent content)
    {
        var hidden = run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);
        foreach (var element in run.ChildElements)
        {
            switch (element)
            {
                case LastRenderedPageBreak:
                    _pages.RenderedBreak();
                    break;
                case Break { Type.Value: var type } when type == BreakValues.Page:
                    _pages.ExplicitBreak();
                    break;
                case Break { Type.Value: var type } when type == BreakValues.Column:
                    content.Append(" ", _pages, hidden);
                    break;
                case Break or CarriageReturn:
                    content.Append("\n", _pages, hidden);
                    break;
                case WordText text:
                    content.Append(text.Text, _pages, hidden);
                    break;
                case TabChar or PositionalTab:
                    content.Append("\t", _pages, hidden);
                    break;
                case NoBreakHyphen:
                    content.Append("-", _pages, hidden);
                    break;
                case AlternateContent alternate:
                    ReadInline(Chosen(alternate), content);
                    break;
                case Drawing or Picture or EmbeddedObject:
                    FindTextBoxes(element, content.TextBoxes);
                    break;
            }
        }
    }

    /// <summary>
    /// The text boxes (w:txbxContent) inside a drawing, taking one branch of each mc:AlternateContent so that a box
    /// written twice (DrawingML and its VML fallback) is read once. Re-parsed as typed content where OpenXML left
    /// the box as unknown XML inside a graphic.
    /// </summary>
    private static void FindTextBoxes(OpenXmlElement element, List<TextBoxContent> found)
    {
        if (element is TextBoxContent box)
        {
            found.Add(box);
            return;
        }

        if (element.LocalName == "txbxContent" && element.NamespaceUri == WordNamespace)
        {
            found.Add(new TextBoxContent(element.OuterXml));
            return;
        }

        var children = element is AlternateContent alternate ? Chosen(alternate) : element.ChildElements;
        foreach (var child in children)
        {
            FindTextBoxes(child, found);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The first mc:Choice of an mc:AlternateContent, or its mc:Fallback when it has no choice.</summary>
    private static IEnumerable<OpenXmlElement> Chosen(AlternateContent alternate)
    {
        OpenXmlElement? branch = alternate.GetFirstChild<AlternateContentChoice>();
        branch ??= alternate.GetFirstChild<AlternateContentFallback>();
        if (branch is null)
        {
            yield break;
        }

        foreach (var child in branch.ChildElements)
        {
            yield return child;
        }
    }

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;

    private static bool StartsNewPage(SectionProperties section) =>
        section.GetFirstChild<SectionType>()?.Val?.Value is not { } type || type != SectionMarkValues.Continuous;

    private string Capped(string text, int line, string what)
    {
        if (text.Length <= limits.MaxLineLength)
        {
            return text;
        }

        _problems.Add(Problem($"{what}长 {text.Length} 个字符，超过上限 {limits.MaxLineLength}，超出部分未读取", line));
        return text[..limits.MaxLineLength];
    }

    private ReadingProblem Problem(FormattableString message, int line) =>
        new(ReadingCodes.LimitExceeded, message.ToString(CultureInfo.InvariantCulture), new SourceLocation(Line: line, Page: _pages.Current));

    [GeneratedRegex(@"[。！？；：:!?;]$")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^(?:(?:表|附表)\s*\d+|(?:金额)?单位\s*[：:])")]
    private static partial Regex NewBlockPattern();
}
