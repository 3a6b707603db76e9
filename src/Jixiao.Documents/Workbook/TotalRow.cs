namespace Jixiao.Documents.Workbook;

/// <summary>
/// The total row (合计行) of a table, placed above its parts: the label that marks it, the columns it sums and which rows
/// are its parts. Like <see cref="Derivation"/>, it gives both the spreadsheet formula and the rule the importer sums by,
/// so that the two agree: each summed column is the sum of the part rows (blanks count as 0).
/// </summary>
/// <param name="LabelKey">The column holding the row label (支出项目, 项目名称…).</param>
/// <param name="Label">The label of the total row ("基本支出合计", "项目支出合计", "合计").</param>
/// <param name="SummedKeys">The columns the total row sums; its other derived columns are computed within the row.</param>
/// <param name="PartLabels">The labels of the part rows (人员经费, 日常公用经费); null for every other row of the table.</param>
/// <param name="GroupKey">The column whose value groups rows into blocks with their own total (单位), or null.</param>
public sealed record TotalRow(string LabelKey, string Label, IReadOnlyList<string> SummedKeys, IReadOnlyList<string>? PartLabels = null, string? GroupKey = null)
{
    /// <summary>True for the label of the total row.</summary>
    public bool IsTotal(string? label) => string.Equals(label, Label, StringComparison.Ordinal);

    /// <summary>True for the label of a row the total sums.</summary>
    public bool IsPart(string? label) => !IsTotal(label) && (PartLabels is null || (label is not null && PartLabels.Contains(label, StringComparer.Ordinal)));

    /// <summary>
    /// The formula of the total row's cell in <paramref name="column"/>: the sum over the table's data rows
    /// <paramref name="firstRow"/>–<paramref name="lastRow"/> (the total row itself excluded), restricted to the part labels
    /// and to the total row's group.
    /// </summary>
    public string Formula(string column, int row, int firstRow, int lastRow, string labelColumn, string? groupColumn)
    {
        if (PartLabels is null && groupColumn is null)
        {
            return row == firstRow ? $"SUM({column}{firstRow + 1}:{column}{lastRow})" : $"SUM({column}{firstRow}:{column}{row - 1},{column}{row + 1}:{column}{lastRow})";
        }

        var range = $"{column}${firstRow}:{column}${lastRow}";
        var labels = $"${labelColumn}${firstRow}:${labelColumn}${lastRow}";
        var group = groupColumn is null ? string.Empty : $",${groupColumn}${firstRow}:${groupColumn}${lastRow},${groupColumn}{row}";
        return string.Join('+', (PartLabels ?? []).Select(part => $"SUMIFS({range},{labels},\"{part}\"{group})"));
    }
}
