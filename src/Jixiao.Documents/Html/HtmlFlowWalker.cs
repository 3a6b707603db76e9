using System.Text;
using AngleSharp.Dom;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Html;

/// <summary>
/// Walks the article in reading order, without recursion, and hands its blocks to the <see cref="BlockAssembler"/>:
/// h1–h6 as headings; paragraphs, divisions and list items as paragraphs (a &lt;br&gt; ends a line, inline elements
/// are joined); tables as grids, followed by the tables nested in them. Page furniture, and paragraphs that are
/// mostly link text (lists of other articles, pagers), are left out. Each block, and
/// each table row, takes the next ordinal as its line.
/// </summary>
internal sealed class HtmlFlowWalker(ReaderLimits limits, HtmlTextMeasure measure, List<ReadingProblem> problems)
{
    /// <summary>Tables nested deeper than this in a table are read only as text of the cell holding them.</summary>
    public const int MaxTableNesting = 8;

    private readonly BlockAssembler _assembler = new();
    private readonly StringBuilder _buffer = new();
    private readonly HtmlTableReader _tables = new(limits, problems);
    private int _line;
    private int _linkDepth;
    private int _bufferChars;
    private int _bufferLinkChars;
    private string _compactTitle = string.Empty;
    private bool _contentStarted;

    /// <summary>Characters of text read from the article (the title aside).</summary>
    public int ContentChars { get; private set; }

    public IReadOnlyList<Block> Read(IElement main, string? title, IElement? titleElement)
    {
        if (title is not null && HtmlInlineText.Collapse(title) is { Length: > 0 } heading)
        {
            _assembler.Heading(heading, ++_line);
            _compactTitle = Compact(heading);
        }

        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((main, false));
        var preformatted = 0;
        while (stack.TryPop(out var item))
        {
            var (node, exit) = item;
            if (exit)
            {
                var closed = (IElement)node;
                if (HtmlElements.IsLink(closed))
                {
                    _linkDepth--;
                    continue;
                }

                if (closed.LocalName is "pre" or "listing" or "plaintext")
                {
                    preformatted--;
                }

                Flush();
                continue;
            }

            if (node is IText text)
            {
                Append(text.Data, preformatted > 0);
                continue;
            }

            if (node is not IElement element || (element != main && (measure.IsExcluded(element) || element == titleElement)))
            {
                continue;
            }

            if (HtmlElements.IsLineBreak(element))
            {
                Flush();
                continue;
            }

            if (HtmlElements.IsHeading(element))
            {
                Flush();
                EmitHeading(HtmlInlineText.Of(element));
                continue;
            }

            if (HtmlElements.IsTable(element) && HtmlMainContent.LayoutCellOf(element, measure) is null)
            {
                Flush();
                EmitTables(element);
                continue;
            }

            if (HtmlElements.IsLink(element))
            {
                _linkDepth++;
                stack.Push((element, true));
            }
            else if (HtmlElements.IsBlock(element))
            {
                Flush();
                if (element.LocalName is "pre" or "listing" or "plaintext")
                {
                    preformatted++;
                }

                stack.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                stack.Push((children[k], false));
            }
        }

        Flush();
        return _assembler.Finish();
    }

    private void Append(string text, bool preformatted)
    {
        var lines = preformatted ? text.Split('\n') : [text];
        for (var k = 0; k < lines.Length; k++)
        {
            if (k > 0)
            {
                Flush();
            }

            _buffer.Append(lines[k]);
            var visible = lines[k].Count(c => !char.IsWhiteSpace(c));
            _bufferChars += visible;
            if (_linkDepth > 0)
            {
                _bufferLinkChars += visible;
            }
        }
    }

    private void Flush()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        var text = HtmlInlineText.Collapse(_buffer.ToString());
        var mostlyLinks = _bufferLinkChars * 2 > _bufferChars;
        _buffer.Clear();
        _bufferChars = 0;
        _bufferLinkChars = 0;
        if (!mostlyLinks)
        {
            EmitParagraph(text);
        }
    }

    private void EmitParagraph(string text)
    {
        if (Keep(text) is { } kept)
        {
            _assembler.Paragraph(kept, ++_line);
        }
    }

    private void EmitHeading(string text)
    {
        if (Keep(text) is { } kept)
        {
            _assembler.Heading(kept, ++_line);
        }
    }

    /// <summary>The text to emit: not page furniture, not the title printed again above the article, within the line limit.</summary>
    private string? Keep(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || HtmlBoilerplate.IsBoilerplateLine(normalized))
        {
            return null;
        }

        if (!_contentStarted && _compactTitle.Length > 0 && Compact(normalized) is { Length: >= 4 } compact
            && _compactTitle.Contains(compact, StringComparison.Ordinal))
        {
            return null;
        }

        _contentStarted = true;
        ContentChars += normalized.Length;
        if (text.Length <= limits.MaxLineLength)
        {
            return text;
        }

        problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
            $"网页第 {_line + 1} 段长 {text.Length} 个字符，超过上限 {limits.MaxLineLength}，超出部分未读取",
            new SourceLocation(Line: _line + 1)));
        return text[..limits.MaxLineLength];
    }

    /// <summary>The table, then the tables nested in its cells (each after the table holding it).</summary>
    private void EmitTables(IElement table)
    {
        var queue = new Queue<(IElement Table, int Level)>();
        queue.Enqueue((table, 0));
        var reportedNesting = false;
        while (queue.TryDequeue(out var next))
        {
            var (caption, rows, nested) = _tables.Read(next.Table, _line + 1);
            if (next.Level < MaxTableNesting)
            {
                foreach (var inner in nested)
                {
                    queue.Enqueue((inner, next.Level + 1));
                }
            }
            else if (nested.Count > 0 && !reportedNesting)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"网页第 {_line + 1} 段起的表格嵌套超过 {MaxTableNesting} 层，更深的表格只作为所在单元格的文字读取",
                    new SourceLocation(Line: _line + 1)));
                reportedNesting = true;
            }

            if (rows.Count == 0 || HtmlBoilerplate.IsMetadataTable(rows))
            {
                continue;
            }

            if (caption is { Length: > 0 })
            {
                EmitParagraph(caption);
            }

            _contentStarted = true;
            ContentChars += rows.Sum(r => r.Sum(c => c.Length));
            var tableRows = rows.Select(cells => new TableRow(cells, ++_line)).ToArray();
            _assembler.Table(tableRows);
            problems.AddRange(SuspiciousNumbers.Check(tableRows));
        }
    }

    private static string Compact(string text) => TextNormalizer.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
