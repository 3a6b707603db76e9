using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// A <see cref="TablePart"/> as a Word table across the text block: single borders, header rows repeated on every
/// page, column spans as w:gridSpan, row spans as w:vMerge restart/continue (from the <see cref="CellGrid"/>), header
/// cells centred and bold, other cells aligned as the layout says (numbers right), total rows bold, rows never split
/// across pages. Column widths, the page orientation and the text size are the <see cref="DocxTableFit"/>'s, so that
/// numbers never wrap.
/// </summary>
internal static class DocxTableBuilder
{
    /// <summary>Eighths of a point: the border width (0.5 pt).</summary>
    private const uint BorderSize = 4;

    /// <summary>The table and how it fits the page, or null when it has no cells.</summary>
    public static (Table Table, DocxTableFit Fit)? Build(TablePart part)
    {
        IReadOnlyList<LayoutRow> rows = [.. part.Header, .. part.Body];
        var grid = CellGrid.Of(rows);
        if (grid.Columns == 0)
        {
            return null;
        }

        var fit = DocxTableFit.Of(grid, rows.Count);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Measure(fit.Widths.Sum()), Type = TableWidthUnitValues.Dxa },
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
                    new TableCellLeftMargin { Width = DocxTableFit.CellPadding, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = DocxTableFit.CellPadding, Type = TableWidthValues.Dxa })),
            new TableGrid(fit.Widths.Select(w => new GridColumn { Width = Measure(w) })));

        for (var r = 0; r < rows.Count; r++)
        {
            table.Append(Row(grid, r, rows[r], isHeader: r < part.Header.Count, fit));
        }

        return (table, fit);
    }

    private static TableRow Row(CellGrid grid, int index, LayoutRow layoutRow, bool isHeader, DocxTableFit fit)
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
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Measure(fit.Widths.Skip(column).Take(placed.ColumnSpan).Sum()), Type = TableWidthUnitValues.Dxa });
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
            row.Append(new TableCell(cellProperties, DocxParagraphs.Styled(fit.TextStyle, text, bold: isHeader || layoutRow.Emphasis, alignment)));
            column += placed.ColumnSpan;
        }

        return row;
    }

    private static JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Centre => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    private static string Measure(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
