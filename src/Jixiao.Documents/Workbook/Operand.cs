namespace Jixiao.Documents.Workbook;

/// <summary>
/// One operand of a <see cref="Derivation"/>: a column of the same row (or a field of the same form), or — for shares
/// (占比) — the column of the table's total row (合计).
/// </summary>
/// <param name="Key">The column's or field's key in the layout.</param>
/// <param name="Sign">+1 or −1 in a sum.</param>
/// <param name="OfTotalRow">True to take the value of the table's total row instead of the same row.</param>
public sealed record Operand(string Key, int Sign = 1, bool OfTotalRow = false);
