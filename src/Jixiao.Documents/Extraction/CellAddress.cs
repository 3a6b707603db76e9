namespace Jixiao.Documents.Extraction;

/// <summary>Spreadsheet-style addresses of table cells: "表3!F23" (column letter, 1-based row).</summary>
public static class CellAddress
{
    /// <summary>Letters of the largest column index (<see cref="int.MaxValue"/> is "FXSHRXX").</summary>
    private const int MaxLetters = 7;

    public static string Of(string table, int columnIndex, int rowIndex)
    {
        // Written on the stack and copied once into the string: every figure of every table gets an address.
        var length = table.Length + 1 + MaxLetters + 11;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        table.CopyTo(buffer);
        buffer[table.Length] = '!';
        Span<char> letters = stackalloc char[MaxLetters];
        letters = letters[WriteColumnLetters(columnIndex, letters)..];
        letters.CopyTo(buffer[(table.Length + 1)..]);
        var end = table.Length + 1 + letters.Length;
        (rowIndex + 1).TryFormat(buffer[end..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        return new string(buffer[..(end + written)]);
    }

    public static string ColumnLetters(int index)
    {
        Span<char> buffer = stackalloc char[MaxLetters];
        return buffer[WriteColumnLetters(index, buffer)..].ToString();
    }

    /// <summary>Writes the letters of column <paramref name="index"/> at the end of <paramref name="buffer"/>; returns where they start.</summary>
    private static int WriteColumnLetters(int index, Span<char> buffer)
    {
        var start = buffer.Length;
        var n = index + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            buffer[--start] = (char)('A' + rem);
            n = (n - 1) / 26;
        }

        return start;
    }
}
