namespace Jixiao.Documents.Extraction;

/// <summary>Spreadsheet-style addresses of table cells: "表3!F23" (column letter, 1-based row).</summary>
public static class CellAddress
{
    public static string Of(string table, int columnIndex, int rowIndex) => $"{table}!{ColumnLetters(columnIndex)}{rowIndex + 1}";

    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        var n = index + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            letters = (char)('A' + rem) + letters;
            n = (n - 1) / 26;
        }

        return letters;
    }
}
