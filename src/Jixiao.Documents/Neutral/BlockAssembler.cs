using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Neutral;

/// <summary>
/// Builds the block list every reader produces, so that headings, captions ("表 3：…"), unit notes
/// ("金额单位：…") and paragraphs are recognised the same way whatever the format. Readers of running text
/// (text, PDF) push lines, which are joined into paragraphs across page-break splits (<see cref="WrappedText"/>);
/// the PDF reader pushes the lines its layout shows to wrap inside one paragraph together; readers of structured
/// formats (Word, HTML) push whole paragraphs.
/// </summary>
public sealed partial class BlockAssembler
{
    private readonly List<Block> _blocks = [];
    private readonly List<(string Text, int Line, int? Page)> _pending = [];
    private readonly List<TableRow> _tabRows = [];
    private string? _caption;
    private string? _unitNote;

    /// <summary>A heading the format marks as one ('#', a heading style, &lt;h2&gt;).</summary>
    public void Heading(string text, int line, int? page = null)
    {
        FlushTabRows();
        FlushParagraph();
        var (kind, numbering, title) = HeadingParser.Split(TextNormalizer.Normalize(text).TrimStart('#').Trim());
        if (title.Length > 0 || numbering.Length > 0)
        {
            _blocks.Add(new HeadingBlock(kind, numbering, title, line) { Page = page });
        }
    }

    /// <summary>A line of running text; it continues the previous line's paragraph when that stopped mid-sentence.</summary>
    public void Line(string text, int line, int? page = null)
    {
        FlushTabRows();
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || Special(normalized, line, page))
        {
            return;
        }

        if (_pending.Count > 0 && !ContinuesParagraph(_pending[^1].Text, normalized))
        {
            FlushParagraph();
        }

        _pending.Add((normalized, line, page));
    }

    /// <summary>
    /// Lines a reader of laid-out text (PDF) knows wrap inside one paragraph, the page showing each run on into the next:
    /// they are never split, and are recognised as a heading, caption or unit note only as a whole. When the layout also
    /// shows they begin a paragraph (<paramref name="startsParagraph"/>: a first-line indent, the line before stopping
    /// short) they do; otherwise they go on the previous line's paragraph when that stopped mid-sentence, as lines do.
    /// </summary>
    public void WrappedLines(IReadOnlyList<(string Text, int Line, int? Page)> lines, bool startsParagraph)
    {
        FlushTabRows();
        var parts = lines.Select(l => (Text: TextNormalizer.Normalize(l.Text), l.Line, l.Page)).Where(l => l.Text.Length > 0).ToList();
        if (parts.Count == 0 || Special(parts.Select(p => p.Text).Aggregate(WrappedText.Join), parts[0].Line, parts[0].Page))
        {
            return;
        }

        if (_pending.Count > 0 && (startsParagraph || !ContinuesParagraph(_pending[^1].Text, parts[0].Text)))
        {
            FlushParagraph();
        }

        _pending.AddRange(parts);
    }

    /// <summary>A whole paragraph (structured formats): never joined to its neighbours.</summary>
    public void Paragraph(string text, int line, int? page = null)
    {
        if (text.TrimStart().StartsWith('#'))
        {
            // Markdown-style "#" headings typed or pasted into a Word document or web page.
            Heading(text, line, page);
            return;
        }

        FlushTabRows();
        FlushParagraph();
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || Special(normalized, line, page))
        {
            return;
        }

        _pending.Add((normalized, line, page));
        FlushParagraph();
    }

    /// <summary>A table; the caption and unit note read just before it are attached to it.</summary>
    public void Table(IReadOnlyList<TableRow> rows, int? page = null)
    {
        FlushTabRows();
        FlushParagraph();
        if (rows.Count == 0)
        {
            return;
        }

        _blocks.Add(new TableBlock(rows, _caption, _unitNote, rows[0].Line) { Page = page ?? rows[0].Page });
        _caption = null;
        _unitNote = null;
    }

    /// <summary>
    /// A paragraph whose columns are separated by tabs (structured formats): consecutive such paragraphs form one table,
    /// as tab-separated lines do in the text form. A tab used only to indent is read as an ordinary paragraph.
    /// </summary>
    public void TabRow(string text, int line, int? page = null)
    {
        var cells = text.Split('\t').Select(TextNormalizer.NormalizeCell).ToArray();
        if (cells.Count(c => c.Length > 0) < 2)
        {
            Paragraph(text.Replace('\t', ' '), line, page);
            return;
        }

        FlushParagraph();
        _tabRows.Add(new TableRow(cells, line, page));
    }

    public IReadOnlyList<Block> Finish()
    {
        FlushTabRows();
        FlushParagraph();
        return _blocks;
    }

    private void FlushTabRows()
    {
        if (_tabRows.Count == 0)
        {
            return;
        }

        var rows = _tabRows.ToArray();
        _tabRows.Clear();
        Table(rows);
    }

    /// <summary>Numbered headings printed as plain lines, captions and unit notes.</summary>
    private bool Special(string text, int line, int? page)
    {
        if (HeadingParser.LooksLikeHeading(text))
        {
            FlushParagraph();
            var (kind, numbering, title) = HeadingParser.Split(text);
            _blocks.Add(new HeadingBlock(kind, numbering, title, line) { Page = page });
            return true;
        }

        if (UnitNotePattern().IsMatch(text))
        {
            FlushParagraph();
            _unitNote = text;
            return true;
        }

        if (CaptionPattern().IsMatch(text))
        {
            FlushParagraph();
            _caption = text;
            return true;
        }

        return false;
    }

    /// <summary>A paragraph goes on past a line break when the previous line stops mid-sentence.</summary>
    private static bool ContinuesParagraph(string previous, string next) =>
        !SentenceEndPattern().IsMatch(previous)
        && !previous.Contains("://", StringComparison.Ordinal)
        && !FieldLabelPattern().IsMatch(previous)
        && !FieldLabelPattern().IsMatch(next)
        && HeadingParser.Split(next).Kind == NumberingKind.None;

    private void FlushParagraph()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var starts = new List<LineStart>(_pending.Count);
        var text = new StringBuilder();
        var previous = string.Empty;
        foreach (var (part, line, _) in _pending)
        {
            text.Append(WrappedText.Separator(previous, part));
            starts.Add(new LineStart(text.Length, line));
            text.Append(part);
            previous = part;
        }

        _blocks.Add(new ParagraphBlock(text.ToString(), starts) { Page = _pending[0].Page });
        _pending.Clear();
    }

    [GeneratedRegex(@"[。！？；：:!?;]$")]
    private static partial Regex SentenceEndPattern();

    /// <summary>A "label: value" line of a form or page header (TITLE：…, 评价年度：2024, 发布机构：…).</summary>
    [GeneratedRegex(@"^[-\s]*[A-Za-z\p{IsCJKUnifiedIdeographs}（）()]{1,10}\s*[：:]")]
    private static partial Regex FieldLabelPattern();

    [GeneratedRegex(@"^(?:表|附表)\s*\d+\s*[：:、.]?")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^(?:金额)?单位\s*[：:]")]
    private static partial Regex UnitNotePattern();
}
