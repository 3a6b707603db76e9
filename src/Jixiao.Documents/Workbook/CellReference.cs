using System.Globalization;
using Jixiao.Documents.Extraction;

namespace Jixiao.Documents.Workbook;

/// <summary>A1-style cell references of a worksheet ("F12": column letters, 1-based row) and their sheet-qualified form ("预算执行明细!F12").</summary>
public readonly record struct CellReference(int Row, int Column)
{
    /// <summary>The reference of the 0-based <paramref name="column"/> in the 1-based <paramref name="row"/>.</summary>
    public override string ToString() => CellAddress.ColumnLetters(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>"预算执行明细!F12": how problems and locations name a cell.</summary>
    public string On(string sheet) => $"{sheet}!{this}";

    /// <summary>The absolute form ("$B$2") for formulas that must not move.</summary>
    public string Absolute => "$" + CellAddress.ColumnLetters(Column) + "$" + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "F12" (letters then digits); false for anything else.</summary>
    public static bool TryParse(string? text, out CellReference reference)
    {
        reference = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var letters = 0;
        var column = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            column = (column * 26) + (char.ToUpperInvariant(text[letters]) - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return false;
            }
        }

        if (letters == 0 || !int.TryParse(text.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            return false;
        }

        reference = new CellReference(row, column - 1);
        return true;
    }
}
