using System.Globalization;
using System.Text;
using Jixiao.Documents.Loading;
using MiniExcelLibs;

namespace Jixiao.Data.Accounts;

/// <summary>
/// An import file read as a table: an .xlsx workbook (its first sheet) or a CSV file in UTF-8 (with or without BOM) or
/// GB18030/GBK, as Excel in China saves it; the format is recognised by content. The first non-empty row is the
/// header; header names are compared without any whitespace, so “ 部门 名称 ” is 部门名称.
/// </summary>
public sealed class RosterSheet
{
    private RosterSheet(string file, IReadOnlySet<string> headers, IReadOnlyList<RosterRow> rows)
    {
        File = file;
        Headers = headers;
        Rows = rows;
    }

    /// <summary>How messages name the file.</summary>
    public string File { get; }

    public IReadOnlySet<string> Headers { get; }

    /// <summary>The non-empty rows after the header.</summary>
    public IReadOnlyList<RosterRow> Rows { get; }

    /// <summary>Reads the file; a file that cannot be read at all gives a <see cref="StorageException"/> naming it.</summary>
    public static RosterSheet Read(string path, string display)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"{display}：无法读取文件（{e.Message}）", e);
        }

        return Read(bytes, display);
    }

    /// <summary>Reads an uploaded file's bytes; a file that cannot be read as a table gives a <see cref="StorageException"/> naming it.</summary>
    public static RosterSheet Read(byte[] bytes, string display)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return FromRows(display, Query(bytes));
        }
        catch (Exception e) when (e is not StorageException and not OutOfMemoryException)
        {
            throw new StorageException($"{display}：不是可读取的 .xlsx 或 .csv 文件（{e.Message}）", e);
        }
    }

    /// <summary>A sheet of one row typed into a form (row 1), its cells by header, checked like a file's.</summary>
    public static RosterSheet OfRow(string display, IReadOnlyDictionary<string, string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var normalized = cells.ToDictionary(c => NormalizeHeader(c.Key), c => c.Value.Trim(), StringComparer.Ordinal);
        return new RosterSheet(display, normalized.Keys.ToHashSet(StringComparer.Ordinal), [new RosterRow(1, normalized)]);
    }

    /// <summary>The header name as compared: without any whitespace.</summary>
    public static string NormalizeHeader(string header) => string.Concat(header.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>"部门.csv 第 3 行：…".</summary>
    public string Problem(RosterRow row, string problem) => $"{File} 第 {row.Number} 行：{problem}";

    private static List<List<string>> Query(byte[] bytes)
    {
        var isWorkbook = bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);
        using var stream = isWorkbook ? new MemoryStream(bytes, writable: false) : new MemoryStream(Encoding.UTF8.GetBytes(TextDecoder.Decode(bytes).Text));
        var type = isWorkbook ? ExcelType.XLSX : ExcelType.CSV;
        return stream.Query(useHeaderRow: false, excelType: type)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToList())
            .ToList();
    }

    private static RosterSheet FromRows(string display, List<List<string>> rows)
    {
        var headerIndex = rows.FindIndex(r => r.Any(c => c.Length > 0));
        if (headerIndex < 0)
        {
            throw new StorageException($"{display}：文件是空的");
        }

        var header = rows[headerIndex].Select(NormalizeHeader).ToList();
        var data = new List<RosterRow>();
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            if (rows[i].All(c => c.Length == 0))
            {
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var column = 0; column < header.Count && column < rows[i].Count; column++)
            {
                if (header[column].Length > 0)
                {
                    cells.TryAdd(header[column], rows[i][column]);
                }
            }

            data.Add(new RosterRow(i + 1, cells));
        }

        return new RosterSheet(display, header.Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal), data);
    }
}
