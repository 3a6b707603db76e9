namespace Jixiao.Documents.Writers.Layout;

/// <summary>
/// The occupancy grid of a table given in HTML span semantics (a cell spanning rows appears only in its first row):
/// for every row and grid column, the cell that covers it and whether this row is where that cell starts.
/// Word needs this because it writes every row in full, with a continuation cell (w:vMerge) where a merge goes on.
/// </summary>
internal sealed class CellGrid
{
    private readonly Slot?[][] _slots;

    private CellGrid(Slot?[][] slots, int columns)
    {
        _slots = slots;
        Columns = columns;
    }

    /// <summary>The number of grid columns: the widest row, spans included.</summary>
    public int Columns { get; }

    /// <summary>
    /// Places each cell in the first grid column of its row that no cell from a row above still covers, as a browser
    /// does. A row span reaching past the last row is cut off there.
    /// </summary>
    public static CellGrid Of(IReadOnlyList<LayoutRow> rows)
    {
        var occupied = new List<List<Slot?>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            occupied.Add([]);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (At(occupied[r], column) is not null)
                {
                    column++;
                }

                var columnSpan = Math.Max(1, cell.ColumnSpan);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rows.Count - r);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        Set(occupied[r + dr], column + dc, new Slot(cell, column, dr == 0, rowSpan));
                    }
                }

                column += columnSpan;
            }
        }

        var columns = occupied.Count == 0 ? 0 : occupied.Max(row => row.Count);
        return new CellGrid(occupied.Select(row => Enumerable.Range(0, columns).Select(c => At(row, c)).ToArray()).ToArray(), columns);
    }

    /// <summary>
    /// The cells of row <paramref name="row"/> left to right as Word writes them: each covering cell once at its first
    /// grid column, and an empty single-column cell (null) where no cell reaches.
    /// </summary>
    public IEnumerable<Placed> Row(int row)
    {
        var slots = _slots[row];
        for (var column = 0; column < Columns;)
        {
            if (slots[column] is { } slot)
            {
                // The rest of the cell's columns from here (all of them unless cells overlap).
                var span = slot.Column + Math.Max(1, slot.Cell.ColumnSpan) - column;
                yield return new Placed(slot.Cell, span, slot.Starts, slot.RowSpan > 1);
                column += span;
            }
            else
            {
                yield return new Placed(null, 1, true, false);
                column++;
            }
        }
    }

    private static Slot? At(List<Slot?> row, int column) => column < row.Count ? row[column] : null;

    private static void Set(List<Slot?> row, int column, Slot slot)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] ??= slot;
    }

    /// <summary>A cell as placed in one row: <paramref name="Starts"/> in this row or continuing one above; <paramref name="Merged"/> when it spans rows.</summary>
    public readonly record struct Placed(LayoutCell? Cell, int ColumnSpan, bool Starts, bool Merged);

    private sealed record Slot(LayoutCell Cell, int Column, bool Starts, int RowSpan);
}
