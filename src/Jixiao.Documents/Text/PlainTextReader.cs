using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads the text form in which published reports circulate (converted from PDF or web pages):
/// '#' headings and Chinese numbering, paragraphs re-joined across page-break line splits, tab-separated
/// tables (blank lines inside a table are page breaks), captions and unit notes.
/// </summary>
public sealed class PlainTextReader(ReaderLimits limits)
{
    public DocumentText Read(string fileName, string content)
    {
        var problems = new List<ReadingProblem>();
        var lines = SplitLines(content, problems);
        var assembler = new BlockAssembler();
        for (var i = 0; i < lines.Count; i++)
        {
            var (raw, lineNumber) = lines[i];
            if (raw.Contains('\t', StringComparison.Ordinal))
            {
                var (rows, next) = ReadTable(lines, i, problems);
                assembler.Table(rows);
                i = next - 1;
            }
            else if (raw.TrimStart().StartsWith('#'))
            {
                assembler.Heading(raw, lineNumber);
            }
            else
            {
                assembler.Line(raw, lineNumber);
            }
        }

        return new DocumentText(fileName, assembler.Finish(), problems);
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

    /// <summary>Reads tab-separated rows from <paramref name="start"/>; blank lines between rows are page breaks.</summary>
    private (List<TableRow> Rows, int Next) ReadTable(List<(string Text, int Line)> lines, int start, List<ReadingProblem> problems)
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

        return (rows, i);
    }
}
