using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// One imported cell: where it stands and what it was read as — text, a stated number (with <see cref="CellValue"/>, the
/// value formulas compute with), a date or a whole number (年度, 月份).
/// </summary>
internal sealed class CellEntry(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public string? Text { get; set; }

    public Stated? Number { get; set; }

    public decimal? CellValue { get; set; }

    public DateReading? Date { get; set; }

    public int? Whole { get; set; }

    public bool HasValue => Text is not null || Number is not null || Date is not null || Whole is not null;

    /// <summary>The stated number placed on a row path ("基本支出/人员经费"), as the report's locations name rows.</summary>
    public Stated? NumberOn(string? rowPath) => Number is { } n ? n with { Location = n.Location with { Row = rowPath } } : null;
}
