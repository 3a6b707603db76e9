using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Writers.Layout;

/// <summary>A table row; <paramref name="Emphasis"/> marks total rows (合计), printed bold.</summary>
public sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells, bool Emphasis = false)
{
    public LayoutRow(params LayoutCell[] cells)
        : this((IReadOnlyList<LayoutCell>)cells)
    {
    }
}

/// <summary>A table cell; numbers are right-aligned, text left-aligned, headers centred.</summary>
public sealed record LayoutCell(string Text, int ColumnSpan = 1, int RowSpan = 1, CellAlignment Alignment = CellAlignment.Left)
{
    /// <summary>Where the stated figure this cell prints stands in the source document; null for labels and text.</summary>
    public SourceLocation? Source { get; init; }

    public static LayoutCell Number(string text) => new(text, Alignment: CellAlignment.Right);

    public static LayoutCell Centred(string text, int columnSpan = 1, int rowSpan = 1) => new(text, columnSpan, rowSpan, CellAlignment.Centre);
}

/// <summary>The horizontal alignment of a table cell's text.</summary>
public enum CellAlignment
{
    Left,
    Centre,
    Right,
}
