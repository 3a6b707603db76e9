using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Testing.Workbooks;

/// <summary>
/// Fills a workbook in the way a user would, with OpenXML: finds a block by its title in column A, a column by its header
/// and a row by a label, and types values into cells (a value typed into a formula cell replaces the formula).
/// Reads inline and shared strings, so it works on templates as written.
/// </summary>
public sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, Dictionary<string, Cell>> _cells = [];

    public WorkbookEditor(byte[] workbook)
    {
        _stream = new MemoryStream();
        _stream.Write(workbook);
        _document = SpreadsheetDocument.Open(_stream, isEditable: true);
    }

    /// <summary>The workbook with the changes.</summary>
    public byte[] Save()
    {
        _document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    /// <summary>Types <paramref name="value"/> (text, a number, or null to clear) into <paramref name="cell"/> ("B2").</summary>
    public void Set(string sheet, string cell, object? value)
    {
        var target = CellAt(sheet, cell);
        target.CellFormula = null;
        target.CellValue = null;
        target.InlineString = null;
        target.DataType = null;
        switch (value)
        {
            case null:
                break;
            case string text:
                target.DataType = CellValues.InlineString;
                target.InlineString = new InlineString(new Text(text));
                break;
            default:
                target.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
        }
    }

    /// <summary>Stores <paramref name="value"/> as a formula cell's cached result, keeping the formula (as a spreadsheet program does on saving).</summary>
    public void SetCached(string sheet, string cell, decimal value)
    {
        var target = CellAt(sheet, cell);
        Assert.NotNull(target.CellFormula);
        target.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The text of a cell (inline or shared string, or the number as stored); null when empty.</summary>
    public string? Text(string sheet, string cell)
    {
        if (!Cells(sheet).TryGetValue(cell, out var found))
        {
            return null;
        }

        if (found.DataType?.Value == CellValues.InlineString)
        {
            return found.InlineString?.InnerText;
        }

        if (found.DataType?.Value == CellValues.SharedString)
        {
            var items = _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return items[int.Parse(found.CellValue!.Text, CultureInfo.InvariantCulture)].InnerText;
        }

        return found.CellValue?.Text;
    }

    /// <summary>True when the cell holds a formula.</summary>
    public bool HasFormula(string sheet, string cell) => Cells(sheet).GetValueOrDefault(cell)?.CellFormula is not null;

    /// <summary>A block of a sheet, found by its title in column A.</summary>
    public Block In(string sheet, string title)
    {
        var rows = Worksheet(sheet).Descendants<Row>().Select(r => (int)r.RowIndex!.Value).ToList();
        var titleRow = rows.FirstOrDefault(r => Text(sheet, "A" + r) == title);
        Assert.True(titleRow > 0, $"{sheet}: no block titled {title}");
        var end = rows.Where(r => r > titleRow + 1 && Text(sheet, "A" + r) is { } t && t.StartsWith('【')).DefaultIfEmpty(rows.Max() + 1).Min() - 1;
        return new Block(this, sheet, titleRow, end);
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private Worksheet Worksheet(string name)
    {
        var workbook = _document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private Cell CellAt(string sheet, string reference)
    {
        var data = Worksheet(sheet).GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > rowIndex));
        }

        if (!Cells(sheet).TryGetValue(reference, out var cell))
        {
            cell = new Cell { CellReference = reference };
            row.InsertBefore(cell, row.Elements<Cell>().FirstOrDefault(c => Order(c.CellReference!.Value!).CompareTo(Order(reference)) > 0));
            Cells(sheet)[reference] = cell;
        }

        return cell;
    }

    private Dictionary<string, Cell> Cells(string sheet)
    {
        if (!_cells.TryGetValue(sheet, out var cells))
        {
            _cells[sheet] = cells = Worksheet(sheet).Descendants<Cell>().Where(c => c.CellReference?.Value is not null).ToDictionary(c => c.CellReference!.Value!);
        }

        return cells;
    }

    private static (int, string) Order(string reference)
    {
        var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
        return (letters.Length, letters);
    }

    /// <summary>A block of rows under a title: its header row and its data rows.</summary>
    public sealed class Block(WorkbookEditor editor, string sheet, int titleRow, int endRow)
    {
        public int HeaderRow => titleRow + 1;

        public int FirstRow => titleRow + 2;

        public int LastRow => endRow;

        /// <summary>The column letter of a header.</summary>
        public string Column(string header)
        {
            for (var c = 0; c < 30; c++)
            {
                var letter = ((char)('A' + c)).ToString();
                if (editor.Text(sheet, letter + HeaderRow) == header)
                {
                    return letter;
                }
            }

            throw new InvalidOperationException($"{sheet}: no header {header} in row {HeaderRow}");
        }

        /// <summary>The cell under a header in a sheet row ("F12").</summary>
        public string Cell(string header, int row) => Column(header) + row.ToString(CultureInfo.InvariantCulture);

        /// <summary>The first data row whose cells under the headers hold the given texts.</summary>
        public int RowWhere(params (string Header, string Text)[] match)
        {
            for (var row = FirstRow; row <= LastRow; row++)
            {
                if (match.All(m => editor.Text(sheet, Cell(m.Header, row)) == m.Text))
                {
                    return row;
                }
            }

            throw new InvalidOperationException($"{sheet}: no row with {string.Join(", ", match.Select(m => $"{m.Header}={m.Text}"))}");
        }

        /// <summary>The first data row with nothing under <paramref name="header"/>.</summary>
        public int FirstEmptyRow(string header)
        {
            for (var row = FirstRow; row <= LastRow; row++)
            {
                if (editor.Text(sheet, Cell(header, row)) is null)
                {
                    return row;
                }
            }

            throw new InvalidOperationException($"{sheet}: no empty row under {header}");
        }

        /// <summary>The row of a form field, by its label in column A.</summary>
        public int FieldRow(string label)
        {
            for (var row = FirstRow; row <= LastRow; row++)
            {
                if (editor.Text(sheet, "A" + row.ToString(CultureInfo.InvariantCulture)) == label)
                {
                    return row;
                }
            }

            throw new InvalidOperationException($"{sheet}: no field {label}");
        }

        public void Set(string header, int row, object? value) => editor.Set(sheet, Cell(header, row), value);

        /// <summary>Types a value into the cell of a column letter in a row.</summary>
        public void SetCell(string column, int row, object? value) => editor.Set(sheet, column + row.ToString(CultureInfo.InvariantCulture), value);

        /// <summary>Types the value of a form field (column B).</summary>
        public void SetField(string label, object? value) => editor.Set(sheet, "B" + FieldRow(label).ToString(CultureInfo.InvariantCulture), value);
    }
}
