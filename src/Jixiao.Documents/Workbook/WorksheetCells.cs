using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Numbers;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jixiao.Documents.Workbook;

/// <summary>Cells of one sheet, row by row, left to right.</summary>
internal sealed class WorksheetCells
{
    private readonly SortedDictionary<int, Row> _rows = [];

    public void Text(int row, int column, string text, uint style) =>
        Add(row, column, style, cell =>
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new SpreadsheetText(text) { Space = SpaceProcessingModeValues.Preserve });
        });

    public void Number(int row, int column, decimal value, uint style) =>
        Add(row, column, style, cell => cell.CellValue = new CellValue(MoneyUnits.Trim(value).ToString(CultureInfo.InvariantCulture)));

    public void Formula(int row, int column, string formula, uint style) =>
        Add(row, column, style, cell => cell.CellFormula = new CellFormula(formula));

    public void Empty(int row, int column, uint style) => Add(row, column, style, _ => { });

    public SheetData ToSheetData() => new(_rows.Values);

    private void Add(int row, int column, uint style, Action<Cell> fill)
    {
        if (!_rows.TryGetValue(row, out var element))
        {
            _rows[row] = element = new Row { RowIndex = (uint)row };
        }

        var cell = new Cell { CellReference = new CellReference(row, column).ToString(), StyleIndex = style };
        fill(cell);
        element.Append(cell);
    }

    /// <summary>The sheet view with the top <paramref name="frozenRows"/> rows frozen.</summary>
    public static SheetViews FrozenViews(int frozenRows) => new(new SheetView(
        new Pane
        {
            VerticalSplit = frozenRows,
            TopLeftCell = new CellReference(frozenRows + 1, 0).ToString(),
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = new CellReference(frozenRows + 1, 1).ToString(), SequenceOfReferences = new ListValue<StringValue> { InnerText = new CellReference(frozenRows + 1, 1).ToString() } })
    {
        WorkbookViewId = 0,
    });
}
