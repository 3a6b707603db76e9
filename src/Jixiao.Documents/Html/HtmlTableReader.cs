using AngleSharp.Dom;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Html;

/// <summary>
/// Reads one &lt;table&gt; into a grid: rowspan and colspan expanded, the spanned positions left empty as merged
/// cells are in the text form; a nested table's text stays in its cell and the table itself is handed back to be
/// read after. Rows, columns and cells are capped (JX8002).
/// </summary>
internal sealed class HtmlTableReader(ReaderLimits limits, List<ReadingProblem> problems)
{
    /// <summary>Most cells (spanned positions included) read from all tables of one page.</summary>
    public const int MaxCells = 2_000_000;

    /// <summary>HTML's own limits on spans.</summary>
    private const int MaxColSpan = 1000;
    private const int MaxRowSpan = 65534;

    private int _cells;

    public (string? Caption, List<string[]> Rows, List<IElement> Nested) Read(IElement table, int line)
    {
        var nested = new List<IElement>();
        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } captionElement
            ? Cut(HtmlInlineText.Of(captionElement), line)
            : null;

        var rowElements = HtmlElements.RowsOf(table).ToList();
        var rowCount = rowElements.Count;
        if (rowCount > limits.MaxTableRows)
        {
            problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                $"第 {line} 段起的表格有 {rowCount} 行，超过上限 {limits.MaxTableRows}，其余行未读取",
                new SourceLocation(Line: line)));
            rowCount = limits.MaxTableRows;
        }

        var grid = new List<string?>?[rowCount];
        var reportedColumns = false;
        for (var r = 0; r < rowCount; r++)
        {
            var row = grid[r] ??= [];
            var column = 0;
            foreach (var cell in HtmlElements.CellsOf(rowElements[r]))
            {
                while (column < row.Count && row[column] is not null)
                {
                    column++;
                }

                if (column >= limits.MaxTableColumns)
                {
                    if (!reportedColumns)
                    {
                        problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                            $"第 {line + r} 段的表格行超过 {limits.MaxTableColumns} 列，超出的列未读取",
                            new SourceLocation(Line: line + r)));
                        reportedColumns = true;
                    }

                    break;
                }

                var colSpan = Math.Min(Math.Min(HtmlElements.Span(cell, "colspan"), MaxColSpan), limits.MaxTableColumns - column);
                var rowSpan = HtmlElements.Span(cell, "rowspan");
                rowSpan = rowSpan == 0 ? rowCount - r : Math.Min(Math.Min(rowSpan, MaxRowSpan), rowCount - r);
                if ((long)colSpan * rowSpan > MaxCells - _cells)
                {
                    problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                        $"网页中表格的单元格总数超过上限 {MaxCells}（含合并单元格），第 {line + r} 段起的表格内容未读取",
                        new SourceLocation(Line: line + r)));
                    return (caption, Finish(grid, r), nested);
                }

                _cells += colSpan * rowSpan;
                var text = Cut(TextNormalizer.NormalizeCell(HtmlInlineText.Of(cell, nested)), line + r);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    var target = grid[r + dr] ??= [];
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        Place(target, column + dc, dr == 0 && dc == 0 ? text : string.Empty);
                    }
                }

                column += colSpan;
            }
        }

        return (caption, Finish(grid, rowCount), nested);
    }

    /// <summary>Rows with any text, gaps (positions no cell covers) as empty cells.</summary>
    private static List<string[]> Finish(List<string?>?[] grid, int rowCount) =>
        grid.Take(rowCount)
            .Where(row => row is not null && row.Any(c => !string.IsNullOrEmpty(c)))
            .Select(row => row!.Select(c => c ?? string.Empty).ToArray())
            .ToList();

    /// <summary>Puts a cell's text in place unless an earlier cell's span already covers the position.</summary>
    private static void Place(List<string?> row, int column, string text)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] ??= text;
    }

    private string Cut(string text, int line)
    {
        if (text.Length <= limits.MaxLineLength)
        {
            return text;
        }

        problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
            $"第 {line} 段中的一个单元格长 {text.Length} 个字符，超过上限 {limits.MaxLineLength}，超出部分未读取",
            new SourceLocation(Line: line)));
        return text[..limits.MaxLineLength];
    }
}
