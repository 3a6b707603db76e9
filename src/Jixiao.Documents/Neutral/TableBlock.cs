namespace Jixiao.Documents.Neutral;

/// <summary>
/// A table as rows of cells (merged cells appear as empty cells), with its caption ("表 3：…")
/// and unit note ("金额单位：基本支出：万元，项目支出：元") where the document prints them.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, string? Caption, string? UnitNote, int Line) : Block(Line);

/// <summary>One table row, its source line and, for paged formats, its page (a table may continue over pages).</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, int Line, int? Page = null);
