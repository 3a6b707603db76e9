using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Loading;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Opens a workbook (.xlsx) without trusting it and reads its sheets into <see cref="SheetGrid"/>s: the container is held
/// to the zip limits (<see cref="ZipBudget"/>), every part may
/// expand to at most <see cref="MaxExpansionFactor"/> times the file limit (zip bombs are refused before they are
/// expanded), DTDs are refused by the OpenXML SDK, and a sheet may have at most <see cref="ReaderLimits.MaxTableRows"/>
/// rows; columns past <see cref="ReaderLimits.MaxTableColumns"/> are not read. Shared strings, inline strings, cached
/// formula values and any styles are understood, so workbooks re-saved by Excel, LibreOffice Calc or WPS read alike.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    /// <summary>A part may expand to this many times <see cref="ReaderLimits.MaxFileBytes"/> (as for Word documents).</summary>
    public const int MaxExpansionFactor = 4;

    private readonly SpreadsheetDocument _document;
    private readonly ReaderLimits _limits;
    private readonly Dictionary<string, WorksheetPart> _sheets = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<string>> _sharedStrings;
    private readonly Lazy<IReadOnlySet<uint>> _percentStyles;

    private WorkbookPackage(SpreadsheetDocument document, ReaderLimits limits)
    {
        _document = document;
        _limits = limits;
        var workbookPart = document.WorkbookPart!;
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                _sheets.TryAdd(name, worksheet);
            }
        }

        Date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
        _sharedStrings = new(() => ReadSharedStrings(workbookPart));
        _percentStyles = new(() => ReadPercentStyles(workbookPart));
    }

    /// <summary>True when dates count from 1904 (old Mac workbooks).</summary>
    public bool Date1904 { get; }

    /// <summary>Opens the workbook, or says in one Chinese sentence why it cannot be read.</summary>
    public static (WorkbookPackage? Package, string? Failure) Open(byte[] bytes, ReaderLimits limits)
    {
        var maxBytes = Math.Min(limits.MaxFileBytes * MaxExpansionFactor, int.MaxValue / 2);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (ZipBudget.Check(zip, limits) is { } overBudget)
            {
                return (null, overBudget);
            }

            if (zip.Entries.FirstOrDefault(e => e.Length > maxBytes) is { } large)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"工作簿的部件 {large.FullName} 解压后超过 {maxBytes / 1048576.0:0.##} MB 的上限（可能是压缩炸弹），未读取"));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return (null, "工作簿已损坏或不完整（压缩包无法打开）");
        }

        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false, new OpenSettings { MaxCharactersInPart = maxBytes });
            if (document.WorkbookPart?.Workbook is null)
            {
                document.Dispose();
                return (null, "压缩包中没有工作簿内容（xl/workbook.xml），不是 Excel 工作簿");
            }

            return (new WorkbookPackage(document, limits), null);
        }
        catch (Exception e) when (IsBadPackage(e))
        {
            document?.Dispose();
            return (null, "工作簿" + BadPackageMessage(e));
        }
    }

    /// <summary>
    /// Reads a sheet; null when the workbook has no sheet of that name. Fails (with a Chinese sentence) when the sheet
    /// is malformed or has more rows than the limit.
    /// </summary>
    public (SheetGrid? Grid, string? Failure) Sheet(string name)
    {
        if (!_sheets.TryGetValue(name, out var part))
        {
            return (null, null);
        }

        try
        {
            // An empty or foreign part gives no worksheet at all (the SDK returns null rather than throwing).
            if (part.Worksheet is not { } worksheet)
            {
                return (null, $"工作表“{name}”没有工作表内容，已损坏，无法作为 Excel 工作簿（.xlsx）读取");
            }

            var cells = new Dictionary<CellReference, SheetCell>();
            var rowNumber = 0;
            foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                rowNumber = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : rowNumber + 1;
                if (rowNumber > _limits.MaxTableRows)
                {
                    return (null, string.Create(CultureInfo.InvariantCulture, $"工作表“{name}”超过 {_limits.MaxTableRows:N0} 行的上限，未读取"));
                }

                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = CellReference.TryParse(cell.CellReference?.Value, out var reference) ? reference.Column : column + 1;
                    if (column < _limits.MaxTableColumns && Read(cell, new CellReference(rowNumber, column)) is { } read)
                    {
                        cells[read.Reference] = read;
                    }
                }
            }

            return (new SheetGrid(name, cells), null);
        }
        catch (Exception e) when (IsBadPackage(e))
        {
            return (null, $"工作表“{name}”{BadPackageMessage(e)}");
        }
    }

    public void Dispose() => _document.Dispose();

    private SheetCell? Read(Cell cell, CellReference reference)
    {
        var isFormula = cell.CellFormula is not null;
        var cached = cell.CellValue is not null;
        var value = cell.CellValue?.Text;
        var percent = cell.StyleIndex?.Value is { } style && _percentStyles.Value.Contains(style);
        var type = cell.DataType?.Value;
        SheetCell Make(CellContent content, string raw) => new(reference, content, raw, isFormula, cached, percent);
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Value.Count
                ? Make(CellContent.Text, _sharedStrings.Value[i])
                : Make(CellContent.Error, value ?? string.Empty);
        }

        if (type == CellValues.InlineString)
        {
            return Make(CellContent.Text, TextOf(cell.InlineString));
        }

        if (value is null || (type == CellValues.String && value.Length == 0))
        {
            return isFormula ? Make(CellContent.Blank, string.Empty) : null;
        }

        return Make(
            type == CellValues.String || type == CellValues.Date ? CellContent.Text
                : type == CellValues.Boolean ? CellContent.Boolean
                : type == CellValues.Error ? CellContent.Error
                : CellContent.Number,
            value);
    }

    /// <summary>The text of a shared or inline string: its own text or its runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement? item) =>
        item is null ? string.Empty : item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static List<string> ReadSharedStrings(WorkbookPart workbookPart) =>
        workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => TextOf(i)).ToList() ?? [];

    /// <summary>The cell styles whose number format shows a percentage (built-in 9 and 10, or a custom code with %).</summary>
    private static HashSet<uint> ReadPercentStyles(WorkbookPart workbookPart)
    {
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is { } code && code.Replace("\"%\"", string.Empty, StringComparison.Ordinal).Contains('%', StringComparison.Ordinal))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (id is 9 or 10 || custom.Contains(id)))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool IsBadPackage(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException
            or ArgumentException or NotSupportedException or FormatException or UriFormatException;

    /// <summary>The end of a sentence that starts with what could not be read ("工作簿", "工作表“监控”").</summary>
    private static string BadPackageMessage(Exception e) => e switch
    {
        XmlException x when x.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) => "含有 DTD 声明，出于安全原因未读取",
        XmlException x when x.Message.Contains("MaxCharacters", StringComparison.Ordinal) => "解压后超过上限（可能是压缩炸弹），未读取",
        XmlException x => string.Create(CultureInfo.InvariantCulture, $"不是格式正确的 XML（第 {x.LineNumber} 行第 {x.LinePosition} 列），文件可能已损坏"),
        _ => "已损坏，无法作为 Excel 工作簿（.xlsx）读取",
    };
}
