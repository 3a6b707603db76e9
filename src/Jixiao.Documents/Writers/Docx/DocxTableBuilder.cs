using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// A <see cref="TablePart"/> as a Word table across the text block: single borders, header rows repeated on every
/// page, column spans as w:gridSpan, row spans as w:vMerge restart/continue (from the <see cref="CellGrid"/>), header
/// cells centred and bold, other cells aligned as the layout says (numbers right), total rows bold, rows never split
/// across pages. Columns are as wide as their longest single-column text, within bounds.
/// </summary>
internal static class DocxTableBuilder
{
    /// <summary>Column weights in half-width characters: the narrowest column, and the width beyond which text wraps.</summary>
    private const int MinimumWeight = 4;

    private const int MaximumWeight = 24;

    /// <summary>Twips: a cell's left and right padding (1.5 mm).</summary>
    private const int CellPadding = 85;

    /// <summary>Eighths of a point: the border width (0.5 pt).</summary>
    private const uint BorderSize = 4;

    /// <summary>The table, or null when it has no cells.</summary>
    public static Table? Build(TablePart part)
    {
        IReadOnlyList<LayoutRow> rows = [.. part.Header, .. part.Body];
        var grid = CellGrid.Of(rows);
        if (grid.Columns == 0)
        {
            return null;
        }

        var widths = ColumnWidths(grid, rows.Count, DocxPageSetup.TextWidthTwips);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Measure(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "auto" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = CellPadding, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = CellPadding, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Measure(w) })));

        for (var r = 0; r < rows.Count; r++)
        {
            table.Append(Row(grid, r, rows[r], isHeader: r < part.Header.Count, widths));
        }

        return table;
    }

    private static TableRow Row(CellGrid grid, int index, LayoutRow layoutRow, bool isHeader, int[] widths)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        var column = 0;
        foreach (var placed in grid.Row(index))
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Measure(widths.Skip(column).Take(placed.ColumnSpan).Sum()), Type = TableWidthUnitValues.Dxa });
            if (placed.ColumnSpan > 1)
            {
                cellProperties.Append(new GridSpan { Val = placed.ColumnSpan });
            }

            if (placed.Merged)
            {
                cellProperties.Append(placed.Starts ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
            }

            cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var text = placed.Starts ? placed.Cell?.Text ?? string.Empty : string.Empty;
            var alignment = isHeader ? JustificationValues.Center : Justification(placed.Cell?.Alignment ?? CellAlignment.Left);
            row.Append(new TableCell(cellProperties, DocxParagraphs.Styled(DocxStyles.TableText, text, bold: isHeader || layoutRow.Emphasis, alignment)));
            column += placed.ColumnSpan;
        }

        return row;
    }

    /// <summary>Twips per grid column, summing to <paramref name="total"/>, in proportion to each column's widest single-column text.</summary>
    private static int[] ColumnWidths(CellGrid grid, int rowCount, int total)
    {
        var weights = Enumerable.Repeat(MinimumWeight, grid.Columns).ToArray();
        for (var r = 0; r < rowCount; r++)
        {
            var column = 0;
            foreach (var placed in grid.Row(r))
            {
                if (placed.ColumnSpan == 1 && placed.Starts && placed.Cell is { } cell)
                {
                    weights[column] = Math.Max(weights[column], Math.Min(MaximumWeight, DisplayWidth(cell.Text)));
                }

                column += placed.ColumnSpan;
            }
        }

        var sum = weights.Sum();
        var widths = weights.Select(w => total * w / sum).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>The width of the longest line in half-width characters: Chinese characters and full-width forms count two.</summary>
    private static int DisplayWidth(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Max(line => line.Sum(c => c >= '\u2E80' ? 2 : 1));

    private static JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Centre => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    private static string Measure(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
