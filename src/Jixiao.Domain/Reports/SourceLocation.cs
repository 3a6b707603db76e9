namespace Jixiao.Domain.Reports;

/// <summary>
/// Where a value stands in the source document: section numbering (e.g. "一、（四）"), table caption,
/// row and column labels, a spreadsheet-style cell address within the table (e.g. "表3!F23"),
/// the 1-based line of the text it was read from, and the page where the format has pages.
/// </summary>
public sealed record SourceLocation(
    string? Section = null,
    string? Table = null,
    string? Row = null,
    string? Column = null,
    string? Cell = null,
    int? Line = null,
    int? Page = null)
{
    public static readonly SourceLocation Unknown = new();
}
