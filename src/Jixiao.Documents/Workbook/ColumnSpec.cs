namespace Jixiao.Documents.Workbook;

/// <summary>One column of a table block: its header, what it holds, how wide it is and what checks and formulas it carries.</summary>
/// <param name="Key">The key code uses for the column.</param>
/// <param name="Header">The header text (表头), written by the template and matched by the importer.</param>
/// <param name="Kind">What the cells hold.</param>
/// <param name="Width">Column width in characters.</param>
/// <param name="Role">Whether it is typed, derived, a reference or fixed text.</param>
/// <param name="Choices">The values offered in a drop-down list (数据验证), or null.</param>
/// <param name="Derivation">The formula of a <see cref="ColumnRole.Derived"/> column computed within the row, or null.</param>
/// <param name="Note">What to type, for the 说明 sheet.</param>
public sealed record ColumnSpec(
    string Key,
    string Header,
    CellKind Kind,
    double Width,
    ColumnRole Role = ColumnRole.Input,
    Choices? Choices = null,
    Derivation? Derivation = null,
    string? Note = null)
{
    /// <summary>True for the columns the importer reads (inputs, keys, derived columns, which may be typed over, and 历史标准).</summary>
    public bool IsImported => Role is ColumnRole.Input or ColumnRole.Key or ColumnRole.Derived or ColumnRole.Prior;
}
