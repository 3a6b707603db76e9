namespace Jixiao.Documents.Workbook;

/// <summary>What a workbook cell holds: it decides the cell's number format, its validation and how the importer reads it.</summary>
public enum CellKind
{
    /// <summary>Short text (names, labels).</summary>
    Text,
    /// <summary>Text that may run over several lines (goals, paragraphs); wrapped.</summary>
    LongText,
    /// <summary>An amount in the sheet's money unit (金额单位: 元 or 万元).</summary>
    Money,
    /// <summary>A rate or share, stored as a fraction and shown as a percentage (0.00%).</summary>
    Percent,
    /// <summary>A count of things (个).</summary>
    Count,
    /// <summary>Points of a score (分).</summary>
    Score,
    /// <summary>A budget year (2000–2100).</summary>
    Year,
    /// <summary>A month of the year (1–12).</summary>
    Month,
    /// <summary>A date: a spreadsheet date or text such as "2024年7月30日" or "2024年7月".</summary>
    Date,
}
