namespace Jixiao.Documents.Workbook;

/// <summary>The stored cells of one worksheet, by row and column, as read by <see cref="WorkbookPackage"/>.</summary>
internal sealed class SheetGrid(string name, IReadOnlyDictionary<CellReference, SheetCell> cells)
{
    public string Name { get; } = name;

    /// <summary>The last row holding a cell (0 when the sheet is empty).</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(c => c.Row);

    public SheetCell? Cell(int row, int column) => cells.GetValueOrDefault(new CellReference(row, column));

    /// <summary>The trimmed text of a text cell, or null.</summary>
    public string? Text(int row, int column) => Cell(row, column) is { Content: CellContent.Text } cell ? cell.Raw.Trim() : null;

    /// <summary>"预算执行明细!F12".</summary>
    public string Address(int row, int column) => new CellReference(row, column).On(Name);
}
