namespace Jixiao.Data.Accounts;

/// <summary>One data row of an import file: its row number as the spreadsheet shows it and its cells by header.</summary>
public sealed record RosterRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell under the first of these headers that the file has; empty when none.</summary>
    public string Cell(params string[] headers) =>
        headers.Select(h => Cells.GetValueOrDefault(h)).FirstOrDefault(v => v is not null)?.Trim() ?? string.Empty;
}
