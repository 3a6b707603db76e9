namespace Jixiao.Documents.Workbook;

/// <summary>What a stored cell holds, whatever program saved it (Jixiao, Excel, LibreOffice Calc, WPS).</summary>
internal enum CellContent
{
    /// <summary>No value (a formula without a cached value, or a formula whose result is an empty string).</summary>
    Blank,
    /// <summary>Text: a shared string, an inline string or a formula's string result.</summary>
    Text,
    /// <summary>A number (dates are numbers too), as stored.</summary>
    Number,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
    /// <summary>An error value such as #DIV/0!.</summary>
    Error,
}

/// <summary>
/// One stored cell: its place, its content and raw value (the text, or the number as stored), whether it holds a
/// formula (its value is then the cached result) and whether that result was stored, and whether its number format is a percentage.
/// </summary>
internal sealed record SheetCell(CellReference Reference, CellContent Content, string Raw, bool IsFormula, bool HasCachedValue, bool IsPercentFormat)
{
    /// <summary>True when the cell holds nothing the user typed: empty, or only whitespace.</summary>
    public bool IsBlank => Content == CellContent.Blank || (Content == CellContent.Text && string.IsNullOrWhiteSpace(Raw));

    /// <summary>True for a value typed (or pasted) into the cell, as opposed to a formula or nothing.</summary>
    public bool IsTyped => !IsFormula && !IsBlank;
}
