using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Tests.Writers.Layout;

/// <summary>The occupancy grid Word's merged cells and Markdown's rectangular tables are written from: rows in HTML span semantics placed as a browser places them.</summary>
public sealed class CellGridTests
{
    [Fact]
    public void A_cell_spanning_rows_is_continued_in_the_rows_below_at_its_column()
    {
        var grid = CellGrid.Of(
        [
            new LayoutRow(new LayoutCell("甲", RowSpan: 3), new LayoutCell("乙"), new LayoutCell("丙")),
            new LayoutRow(new LayoutCell("丁", ColumnSpan: 2)),
            new LayoutRow(new LayoutCell("戊"), new LayoutCell("己")),
        ]);

        Assert.Equal(3, grid.Columns);
        Assert.Equal(["甲 start merged", "乙", "丙"], Describe(grid, 0));
        Assert.Equal(["甲 continue merged", "丁 span 2"], Describe(grid, 1));
        Assert.Equal(["甲 continue merged", "戊", "己"], Describe(grid, 2));
    }

    [Fact]
    public void Short_rows_are_filled_with_empty_cells_and_a_row_span_stops_at_the_last_row()
    {
        var grid = CellGrid.Of(
        [
            new LayoutRow(new LayoutCell("甲"), new LayoutCell("乙", RowSpan: 5), new LayoutCell("丙")),
            new LayoutRow(new LayoutCell("丁")),
        ]);

        Assert.Equal(["甲", "乙 start merged", "丙"], Describe(grid, 0));
        Assert.Equal(["丁", "乙 continue merged", "(empty)"], Describe(grid, 1));
    }

    private static string[] Describe(CellGrid grid, int row) =>
        grid.Row(row).Select(p => p.Cell is null
            ? "(empty)"
            : p.Cell.Text + (p.ColumnSpan > 1 ? $" span {p.ColumnSpan}" : string.Empty) + (p.Merged ? (p.Starts ? " start merged" : " continue merged") : string.Empty))
        .ToArray();
}
