namespace Jixiao.Documents.Workbook;

/// <summary>A table (表格): a header row and one record per row; rows with only their key columns filled are left out on import.</summary>
/// <param name="Columns">The columns from column A on.</param>
/// <param name="SpareRows">Empty rows the template adds after the pre-filled ones, with their formulas and checks.</param>
/// <param name="Total">The total row placed first in the table, or null.</param>
public sealed record TableSpec(string Title, string Note, IReadOnlyList<ColumnSpec> Columns, int SpareRows, TotalRow? Total = null)
    : BlockSpec(Title, Note)
{
    public ColumnSpec Column(string key) => Columns.Single(c => c.Key == key);

    /// <summary>The 0-based position of a column.</summary>
    public int IndexOf(string key) => Columns.ToList().FindIndex(c => c.Key == key) is var i and >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(key), key, "No such column.");
}
