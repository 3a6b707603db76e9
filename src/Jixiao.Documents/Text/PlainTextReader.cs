using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads the text form in which published reports circulate (converted from PDF or web pages):
/// '#' headings and Chinese numbering, paragraphs re-joined across page-break line splits, captions and unit notes,
/// and tables in three shapes: tab-separated rows (blank lines inside a table are page breaks), pipe rows
/// ("| 项目 | 年初预算 |", Markdown or web text, with or without a "|---|" row), and tables flattened to one cell per line
/// (optionally ending in " |", a bare "|" for an empty cell), which <see cref="FlattenedTable"/> rebuilds from the
/// vocabulary of the 自评表 forms. A flattened block that cannot be lined up with its header is kept as paragraphs and
/// reported (JX8008); figures in table cells that look misread are reported as they stand (JX8007).
/// </summary>
public sealed class PlainTextReader(ReaderLimits limits)
{
    public DocumentText Read(string fileName, string content)
    {
        var problems = new List<ReadingProblem>();
        var lines = SplitLines(content, problems);
        var assembler = new BlockAssembler();
        var i = 0;
        while (i < lines.Count)
        {
            var (raw, lineNumber) = lines[i];
            switch (LineShapes.Of(raw))
            {
                case LineShape.Tab:
                    var (rows, next) = ReadTable(lines, i, problems);
                    assembler.Table(rows);
                    i = next;
                    break;
                case LineShape.Heading:
                    assembler.Heading(FormatCleanup(raw), lineNumber);
                    i++;
                    break;
                case LineShape.Pipe or LineShape.Separator:
                    i = ReadPipeTables(lines, i, assembler, problems);
                    break;
                case LineShape.Cell:
                    i = ReadCellRun(lines, i, assembler, problems);
                    break;
                default:
                    i = ReadTextRun(lines, i, assembler, problems);
                    break;
            }
        }

        return new DocumentText(fileName, assembler.Finish(), problems);
    }

    private static string FormatCleanup(string raw) => FormVocabulary.StripPinyin(raw);

    private List<(string Text, int Line)> SplitLines(string content, List<ReadingProblem> problems)
    {
        var result = new List<(string, int)>(content.AsSpan().Count('\n') + 1);
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
                var normalized = cells.Select(TextNormalizer.NormalizeCell).ToArray();
                rows.Add(new TableRow(normalized, lineNumber));
                CheckFigures(normalized.Select(c => (c, lineNumber)), problems);
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

    /// <summary>
    /// Reads consecutive pipe rows (blank lines between them are page breaks, "|---|" rows are skipped). A row holding
    /// only a form title ("部门预算项目支出绩效自评表(2023年度)") starts a new table, so that the end of a previous form
    /// printed on the same page stays apart.
    /// </summary>
    private int ReadPipeTables(List<(string Text, int Line)> lines, int start, BlockAssembler assembler, List<ReadingProblem> problems)
    {
        var table = new TableCollector(limits, problems);
        var i = start;
        while (i < lines.Count)
        {
            var (raw, lineNumber) = lines[i];
            var shape = LineShapes.Of(raw);
            if (shape == LineShape.Blank)
            {
                var next = i + 1;
                while (next < lines.Count && LineShapes.Of(lines[next].Text) == LineShape.Blank)
                {
                    next++;
                }

                if (next < lines.Count && LineShapes.Of(lines[next].Text) is LineShape.Pipe or LineShape.Separator)
                {
                    i = next;
                    continue;
                }

                break;
            }

            if (shape == LineShape.Separator)
            {
                i++;
                continue;
            }

            if (shape != LineShape.Pipe)
            {
                break;
            }

            var cells = LineShapes.PipeCells(raw);
            var nonEmpty = 0;
            string? onlyText = null;
            for (var k = 0; k < cells.Length; k++)
            {
                cells[k] = FormVocabulary.Cell(cells[k]);
                if (cells[k].Length > 0)
                {
                    nonEmpty++;
                    onlyText = cells[k];
                }
            }

            if (nonEmpty > 0)
            {
                if (nonEmpty == 1 && FormVocabulary.IsFormTitle(onlyText!) && table.Count > 0)
                {
                    assembler.Table(table.Take());
                }

                table.Add(cells, lineNumber);
                foreach (var cell in cells)
                {
                    CheckFigures(cell, lineNumber, problems);
                }
            }

            i++;
        }

        assembler.Table(table.Take());
        return i;
    }

    /// <summary>
    /// Reads a run of lines marked as cells (" |", "|"): the table is rebuilt where the form's blocks are recognised;
    /// cells outside them become one-cell rows of the same table; in a run where no block could be rebuilt they are
    /// read as paragraphs.
    /// </summary>
    private int ReadCellRun(List<(string Text, int Line)> lines, int start, BlockAssembler assembler, List<ReadingProblem> problems)
    {
        var cells = new List<FlatCell>();
        var i = start;
        while (i < lines.Count)
        {
            var shape = LineShapes.Of(lines[i].Text);
            if (shape == LineShape.Cell)
            {
                cells.Add(new FlatCell(FormVocabulary.Cell(LineShapes.CellText(lines[i].Text)), lines[i].Line));
                i++;
                continue;
            }

            if (shape == LineShape.Blank)
            {
                var next = i + 1;
                while (next < lines.Count && LineShapes.Of(lines[next].Text) == LineShape.Blank)
                {
                    next++;
                }

                if (next < lines.Count && LineShapes.Of(lines[next].Text) == LineShape.Cell)
                {
                    i = next;
                    continue;
                }
            }

            break;
        }

        var rebuilt = FlattenedTable.Rebuild(cells, marked: true);
        var anyTable = rebuilt.Segments.OfType<RebuiltRows>().Any();
        var table = new TableCollector(limits, problems);
        foreach (var segment in rebuilt.Segments)
        {
            switch (segment)
            {
                case RebuiltRows rows:
                    foreach (var row in rows.Rows)
                    {
                        table.Add(row.Cells, row.Line);
                    }

                    break;
                case LooseCells loose when anyTable:
                    foreach (var cell in loose.Cells.Where(c => c.Text.Length > 0))
                    {
                        table.Add([cell.Text], cell.Line);
                    }

                    CheckFigures(loose.Cells.Select(c => (c.Text, c.Line)), problems);
                    break;
                case LooseCells loose:
                    foreach (var cell in loose.Cells.Where(c => c.Text.Length > 0))
                    {
                        assembler.Paragraph(cell.Text, cell.Line);
                    }

                    break;
                case UnalignedCells unaligned:
                    assembler.Table(table.Take());
                    KeepAsParagraphs(unaligned, assembler, problems);
                    break;
            }
        }

        assembler.Table(table.Take());
        CheckFigures(rebuilt.TableCells.Select(c => (c.Text, c.Line)), problems);
        return i;
    }

    /// <summary>
    /// Reads a run of ordinary lines: they go to the paragraph assembler as before, except blocks of a 自评表 printed
    /// one cell per line without markers (a column header such as 年初预算 / 调整后预算数 / 预算执行数, or 一级指标 /
    /// 二级指标 / 三级指标, or two or more header fields with their values), which are rebuilt into tables.
    /// </summary>
    private int ReadTextRun(List<(string Text, int Line)> lines, int start, BlockAssembler assembler, List<ReadingProblem> problems)
    {
        var cells = new List<FlatCell>();
        var raws = new Dictionary<int, string>();
        var i = start;
        while (i < lines.Count && LineShapes.Of(lines[i].Text) is LineShape.Plain or LineShape.Blank)
        {
            var (raw, lineNumber) = lines[i];
            if (!string.IsNullOrWhiteSpace(raw))
            {
                cells.Add(new FlatCell(FormVocabulary.Cell(raw), lineNumber));
                raws[lineNumber] = raw;
            }

            i++;
        }

        var rebuilt = FlattenedTable.Rebuild(cells, marked: false);
        foreach (var segment in rebuilt.Segments)
        {
            switch (segment)
            {
                case RebuiltRows rows:
                    var table = new TableCollector(limits, problems);
                    foreach (var row in rows.Rows)
                    {
                        table.Add(row.Cells, row.Line);
                    }

                    assembler.Table(table.Take());
                    break;
                case LooseCells loose:
                    foreach (var cell in loose.Cells)
                    {
                        assembler.Line(FormatCleanup(raws[cell.Line]), cell.Line);
                    }

                    break;
                case UnalignedCells unaligned:
                    KeepAsParagraphs(unaligned, assembler, problems);
                    break;
            }
        }

        CheckFigures(rebuilt.TableCells.Select(c => (c.Text, c.Line)), problems);
        return i;
    }

    private static void KeepAsParagraphs(UnalignedCells unaligned, BlockAssembler assembler, List<ReadingProblem> problems)
    {
        var first = unaligned.Cells[0].Line;
        var last = unaligned.Cells[^1].Line;
        var span = first == last ? $"第 {first} 行" : $"第 {first}–{last} 行";
        problems.Add(new ReadingProblem(ReadingCodes.TableNotRebuilt,
            $"{span}是逐格成行的“{unaligned.Block}”表格，但无法可靠还原成行：{unaligned.Reason}；这些行按段落读取",
            new SourceLocation(Line: first)));
        foreach (var cell in unaligned.Cells.Where(c => c.Text.Length > 0))
        {
            assembler.Paragraph(cell.Text, cell.Line);
        }

        CheckFigures(unaligned.Cells.Select(c => (c.Text, c.Line)), problems);
    }

    private static void CheckFigures(IEnumerable<(string Text, int Line)> cells, List<ReadingProblem> problems)
    {
        foreach (var (text, line) in cells)
        {
            CheckFigures(text, line, problems);
        }
    }

    private static void CheckFigures(string cell, int line, List<ReadingProblem> problems) =>
        problems.AddRange(SuspiciousNumbers.Check(cell, line));

    /// <summary>Collects the rows of one table within the configured limits (JX8002 once per table when cut).</summary>
    private sealed class TableCollector(ReaderLimits limits, List<ReadingProblem> problems)
    {
        private readonly List<TableRow> _rows = [];
        private bool _reportedColumns;
        private bool _reportedRows;

        public int Count => _rows.Count;

        public void Add(IReadOnlyList<string> cells, int line)
        {
            if (cells.Count > limits.MaxTableColumns)
            {
                if (!_reportedColumns)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                        $"第 {line} 行的表格有 {cells.Count} 列，超过上限 {limits.MaxTableColumns}，超出的列未读取",
                        new SourceLocation(Line: line)));
                    _reportedColumns = true;
                }

                cells = cells.Take(limits.MaxTableColumns).ToArray();
            }

            if (_rows.Count < limits.MaxTableRows)
            {
                _rows.Add(new TableRow(cells, line));
            }
            else if (!_reportedRows)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"第 {line} 行起的表格行数超过上限 {limits.MaxTableRows}，其余行未读取",
                    new SourceLocation(Line: line)));
                _reportedRows = true;
            }
        }

        public List<TableRow> Take()
        {
            var rows = _rows.ToList();
            _rows.Clear();
            _reportedColumns = false;
            _reportedRows = false;
            return rows;
        }
    }
}
