using System.Text.RegularExpressions;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads the text form in which published reports circulate (converted from PDF or web pages):
/// '#' headings and Chinese numbering, paragraphs re-joined across page-break splits, tab-separated
/// tables (blank lines inside a table are page breaks), captions and unit notes.
/// </summary>
public sealed partial class PlainTextReader(ReaderLimits limits)
{
    public DocumentText Read(string fileName, string content)
    {
        var problems = new List<ReadingProblem>();
        var lines = SplitLines(content, problems);
        var blocks = new List<Block>();
        var pendingParagraph = new List<(string Text, int Line)>();
        string? caption = null;
        string? unitNote = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var (raw, lineNumber) = lines[i];
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                FlushParagraph(blocks, pendingParagraph);
                i = ReadTable(lines, i, caption, unitNote, blocks, problems) - 1;
                caption = null;
                unitNote = null;
                continue;
            }

            var line = TextNormalizer.Normalize(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var hashes = raw.TrimStart().TakeWhile(c => c == '#').Count();
            if (hashes > 0 || HeadingParser.LooksLikeHeading(line))
            {
                FlushParagraph(blocks, pendingParagraph);
                var (kind, numbering, title) = HeadingParser.Split(line.TrimStart('#').Trim());
                blocks.Add(new HeadingBlock(kind, numbering, title, lineNumber));
                continue;
            }

            if (CaptionPattern().IsMatch(line) || UnitNotePattern().IsMatch(line))
            {
                FlushParagraph(blocks, pendingParagraph);
                if (UnitNotePattern().IsMatch(line))
                {
                    unitNote = line;
                }
                else
                {
                    caption = line;
                }

                continue;
            }

            if (pendingParagraph.Count > 0 && !ContinuesParagraph(pendingParagraph[^1].Text, line))
            {
                FlushParagraph(blocks, pendingParagraph);
            }

            pendingParagraph.Add((line, lineNumber));
        }

        FlushParagraph(blocks, pendingParagraph);
        return new DocumentText(fileName, blocks, problems);
    }

    private List<(string Text, int Line)> SplitLines(string content, List<ReadingProblem> problems)
    {
        var result = new List<(string, int)>();
        var number = 0;
        using var reader = new StringReader(content);
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > limits.MaxLineLength)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"第 {number} 行长 {line.Length} 个字符，超过上限 {limits.MaxLineLength}，超出部分未读取",
                    new SourceLocation(Line: number)));
                line = line[..limits.MaxLineLength];
            }

            result.Add((line, number));
        }

        return result;
    }

    /// <summary>A paragraph goes on past a line break when the previous line stops mid-sentence.</summary>
    private static bool ContinuesParagraph(string previous, string next) =>
        !SentenceEndPattern().IsMatch(previous)
        && !previous.Contains("://", StringComparison.Ordinal)
        && !FieldLabelPattern().IsMatch(previous)
        && !FieldLabelPattern().IsMatch(next)
        && HeadingParser.Split(next).Kind == NumberingKind.None;

    private static void FlushParagraph(List<Block> blocks, List<(string Text, int Line)> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var starts = new List<LineStart>(pending.Count);
        var text = new System.Text.StringBuilder();
        foreach (var (part, line) in pending)
        {
            starts.Add(new LineStart(text.Length, line));
            text.Append(part);
        }

        blocks.Add(new ParagraphBlock(text.ToString(), starts));
        pending.Clear();
    }

    /// <summary>Reads tab-separated rows from <paramref name="start"/>; blank lines between rows are page breaks.</summary>
    private int ReadTable(List<(string Text, int Line)> lines, int start, string? caption, string? unitNote,
        List<Block> blocks, List<ReadingProblem> problems)
    {
        var rows = new List<TableRow>();
        var i = start;
        var reportedColumns = false;
        var reportedRows = false;
        while (i < lines.Count)
        {
            var (raw, lineNumber) = lines[i];
            if (string.IsNullOrWhiteSpace(raw))
            {
                var next = i + 1;
                while (next < lines.Count && string.IsNullOrWhiteSpace(lines[next].Text))
                {
                    next++;
                }

                if (next < lines.Count && lines[next].Text.Contains('\t', StringComparison.Ordinal))
                {
                    i = next;
                    continue;
                }

                break;
            }

            if (!raw.Contains('\t', StringComparison.Ordinal))
            {
                break;
            }

            var cells = raw.Split('\t');
            if (cells.Length > limits.MaxTableColumns)
            {
                if (!reportedColumns)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                        $"第 {lineNumber} 行的表格有 {cells.Length} 列，超过上限 {limits.MaxTableColumns}，超出的列未读取",
                        new SourceLocation(Line: lineNumber)));
                    reportedColumns = true;
                }

                cells = cells[..limits.MaxTableColumns];
            }

            if (rows.Count < limits.MaxTableRows)
            {
                rows.Add(new TableRow(cells.Select(TextNormalizer.NormalizeCell).ToArray(), lineNumber));
            }
            else if (!reportedRows)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"第 {lineNumber} 行起的表格行数超过上限 {limits.MaxTableRows}，其余行未读取",
                    new SourceLocation(Line: lineNumber)));
                reportedRows = true;
            }

            i++;
        }

        blocks.Add(new TableBlock(rows, caption, unitNote, rows[0].Line));
        return i;
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
