using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>One imported row of a table: its sheet row, whether it is the total row, and its cells by column key.</summary>
internal sealed class RowValues(int sheetRow, string sheet, bool isTotal, IReadOnlyDictionary<string, CellEntry> cells)
{
    public int SheetRow { get; } = sheetRow;

    public bool IsTotal { get; } = isTotal;

    public IReadOnlyDictionary<string, CellEntry> Cells { get; } = cells;

    public string? Text(string key) => Cells.GetValueOrDefault(key)?.Text;

    /// <summary>The stated number of a column, located on <paramref name="rowPath"/>.</summary>
    public Stated? Number(string key, string? rowPath) => Cells.GetValueOrDefault(key)?.NumberOn(rowPath);

    /// <summary>The row's own location: its sheet and the cell in column A.</summary>
    public SourceLocation Location(string? rowPath) => new(Table: sheet, Row: rowPath, Cell: new CellReference(SheetRow, 0).On(sheet));

    /// <summary>The location of one column's cell.</summary>
    public SourceLocation LocationOf(string key, string? rowPath) => (Cells.GetValueOrDefault(key)?.Location ?? Location(rowPath)) with { Row = rowPath };
}
