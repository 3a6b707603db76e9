using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Reads one sheet of a Jixiao workbook by its <see cref="SheetSpec"/>: finds the blocks by their titles, the columns by
/// their headers and the form fields by their labels, reads every imported cell (errors and warnings to the
/// <see cref="ImportLog"/>, naming the cell), and settles derived cells: a number typed over a formula is read as typed;
/// otherwise the value is recomputed from the inputs in exact decimals, and a cached formula result that differs is
/// reported (JX8009). Formula cells are never trusted as inputs.
/// </summary>
internal sealed class SheetReader
{
    private readonly SheetSpec _spec;
    private readonly SheetGrid? _grid;
    private readonly ImportLog _log;
    private readonly bool _date1904;
    private readonly Dictionary<string, (int Title, int End)> _blocks = new(StringComparer.Ordinal);

    private SheetReader(SheetSpec spec, SheetGrid? grid, ImportLog log, bool date1904)
    {
        _spec = spec;
        _grid = grid;
        _log = log;
        _date1904 = date1904;
        if (grid is null)
        {
            return;
        }

        var titles = spec.Blocks.Select(b => b.Title).ToHashSet(StringComparer.Ordinal);
        var found = new List<(string Title, int Row)>();
        for (var row = 1; row <= grid.LastRow; row++)
        {
            if (grid.Text(row, 0) is { } text && titles.Contains(text) && found.All(f => f.Title != text))
            {
                found.Add((text, row));
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            _blocks[found[i].Title] = (found[i].Row, i + 1 < found.Count ? found[i + 1].Row - 1 : grid.LastRow);
        }

        MoneyUnit = ReadMoneyUnit(found.Count > 0 ? found[0].Row : grid.LastRow);
    }

    /// <summary>The sheet's 金额单位 (万元 when the sheet states none).</summary>
    public string MoneyUnit { get; } = MoneyUnits.TenThousandYuan;

    public static SheetReader Read(WorkbookPackage package, SheetSpec spec, ImportLog log)
    {
        var (grid, failure) = package.Sheet(spec.Name);
        if (failure is not null)
        {
            log.Error(null, failure);
        }
        else if (grid is null)
        {
            log.Warning(spec.Name, "工作簿中没有这张工作表，这部分内容未读取", ReadingCodes.PartMissing);
        }

        return new SheetReader(spec, grid, log, package.Date1904);
    }

    /// <summary>The fields of a form block; empty when the sheet or the block is missing.</summary>
    public FormValues Form(FormSpec form)
    {
        var entries = new Dictionary<string, CellEntry>(StringComparer.Ordinal);
        var sheetLocation = new SourceLocation(Table: _spec.Name);
        if (Block(form) is not { } block || _grid is null)
        {
            return new FormValues(entries, sheetLocation);
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = block.Title + 2; row <= block.End; row++)
        {
            if (_grid.Text(row, FormSpec.LabelColumn) is { } label && form.Fields.FirstOrDefault(f => f.Label == label) is { } field)
            {
                rows.TryAdd(field.Key, row);
            }
        }

        foreach (var field in form.Fields)
        {
            if (!rows.TryGetValue(field.Key, out var row))
            {
                _log.Warning(_spec.Name, $"“{form.Title}”中没有“{field.Label}”一行，未读取", ReadingCodes.PartMissing);
                continue;
            }

            var cell = _grid.Cell(row, FormSpec.ValueColumn);
            var entry = new CellEntry(new SourceLocation(Table: _spec.Name, Row: field.Label, Cell: _grid.Address(row, FormSpec.ValueColumn)));
            entries[field.Key] = entry;
            if (field.Derivation is null || cell is { IsTyped: true })
            {
                Read(cell, field.Kind, entry);
            }
        }

        foreach (var field in form.Fields.Where(f => f.Derivation is not null && entries.ContainsKey(f.Key)))
        {
            var cell = _grid.Cell(rows[field.Key], FormSpec.ValueColumn);
            if (cell is not { IsTyped: true })
            {
                Settle(entries[field.Key], cell, field.Kind, field.Derivation!.Evaluate(o => entries.GetValueOrDefault(o.Key)?.CellValue));
            }
        }

        foreach (var field in form.Fields.Where(f => f.Required && entries.TryGetValue(f.Key, out var e) && !e.HasValue))
        {
            _log.Warning(entries[field.Key].Location.Cell, $"必填的“{field.Label}”没有填写", ReadingCodes.PartMissing);
        }

        return new FormValues(entries, sheetLocation);
    }

    /// <summary>
    /// The rows of a table block that hold something beyond their key columns (and the total rows over them), with the
    /// total rows' sums and every derived column settled; empty when the sheet or the block is missing.
    /// </summary>
    public IReadOnlyList<RowValues> Table(TableSpec table)
    {
        if (Block(table) is not { } block || _grid is null)
        {
            return [];
        }

        var headerRow = block.Title + 1;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(c => c.IsImported))
        {
            var index = Enumerable.Range(0, Math.Max(table.Columns.Count * 2, 26)).FirstOrDefault(c => Compact(_grid.Text(headerRow, c)) == Compact(column.Header), -1);
            if (index < 0)
            {
                _log.Error(_grid.Address(headerRow, 0), $"“{table.Title}”的表头中没有“{column.Header}”列（请不要改动表头）");
                return [];
            }

            columns[column.Key] = index;
        }

        var candidates = new List<(int Row, string? Label, string? Group, bool Typed)>();
        for (var row = headerRow + 1; row <= block.End; row++)
        {
            var typed = table.Columns.Any(c => c.Role is ColumnRole.Input or ColumnRole.Derived && _grid.Cell(row, columns[c.Key]) is { IsTyped: true });
            var label = table.Total is { } t ? CellReading.Text(_grid.Cell(row, columns[t.LabelKey])) : null;
            var group = table.Total?.GroupKey is { } g ? CellReading.Text(_grid.Cell(row, columns[g])) : null;
            candidates.Add((row, label, group, typed));
        }

        var groupsWithParts = candidates.Where(p => p.Typed && table.Total?.IsPart(p.Label) == true).Select(p => p.Group ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var included = candidates.Where(c => c.Typed || (table.Total?.IsTotal(c.Label) == true && groupsWithParts.Contains(c.Group ?? string.Empty))).ToList();
        if (table.Total?.GroupKey is { } groupKey)
        {
            foreach (var row in included.Where(r => r.Group is null).ToList())
            {
                _log.Warning(_grid.Address(row.Row, columns[groupKey]), $"没有填写“{table.Column(groupKey).Header}”，这一行未读取", ReadingCodes.PartMissing);
                included.Remove(row);
            }
        }

        var rows = included.Select(c => ReadRow(table, columns, c.Row, table.Total?.IsTotal(c.Label) == true)).ToList();
        SettleTotals(table, columns, rows);
        var total = rows.FirstOrDefault(r => r.IsTotal);
        foreach (var row in rows)
        {
            foreach (var column in table.Columns.Where(c => c.Derivation is not null))
            {
                var cell = _grid.Cell(row.SheetRow, columns[column.Key]);
                if (cell is not { IsTyped: true })
                {
                    Settle(row.Cells[column.Key], cell, column.Kind, column.Derivation!.Evaluate(o =>
                        (o.OfTotalRow ? total : row)?.Cells.GetValueOrDefault(o.Key)?.CellValue));
                }
            }
        }

        return rows;
    }

    /// <summary>The texts of one column of a list table (部门职能, 存在的主要问题…), one per filled row.</summary>
    public List<string> Texts(TableSpec table, string key) => [.. Table(table).Select(r => r.Text(key)).OfType<string>()];

    private RowValues ReadRow(TableSpec table, Dictionary<string, int> columns, int sheetRow, bool isTotal)
    {
        var cells = new Dictionary<string, CellEntry>(StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(c => c.IsImported))
        {
            var cell = _grid!.Cell(sheetRow, columns[column.Key]);
            var entry = new CellEntry(new SourceLocation(Table: _spec.Name, Column: column.Header, Cell: _grid.Address(sheetRow, columns[column.Key])));
            cells[column.Key] = entry;
            var derived = column.Derivation is not null || (isTotal && table.Total!.SummedKeys.Contains(column.Key));
            if (!derived || cell is { IsTyped: true })
            {
                Read(cell, column.Kind, entry);
                if (column.Choices is { RangeName: null } choices && entry.Text is { } text && !choices.Allows(text))
                {
                    _log.Error(entry.Location.Cell, $"“{text}”不是“{column.Header}”可选的值（{string.Join("、", choices.Items)}）");
                }
            }
        }

        return new RowValues(sheetRow, _spec.Name, isTotal, cells);
    }

    /// <summary>Each total row's summed columns: the sum of its part rows (blanks as 0), unless a number was typed over the formula.</summary>
    private void SettleTotals(TableSpec table, Dictionary<string, int> columns, List<RowValues> rows)
    {
        if (table.Total is not { } total)
        {
            return;
        }

        var partsByGroup = rows.Where(r => !r.IsTotal && total.IsPart(r.Text(total.LabelKey)))
            .ToLookup(r => total.GroupKey is { } g ? r.Text(g) ?? string.Empty : string.Empty, StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.IsTotal))
        {
            var parts = partsByGroup[total.GroupKey is { } g ? row.Text(g) ?? string.Empty : string.Empty].ToList();
            foreach (var key in total.SummedKeys)
            {
                var cell = _grid!.Cell(row.SheetRow, columns[key]);
                if (cell is not { IsTyped: true })
                {
                    Settle(row.Cells[key], cell, table.Column(key).Kind, parts.Sum(p => p.Cells[key].CellValue ?? 0m));
                }
            }
        }
    }

    /// <summary>A derived cell: the recomputed value; a cached formula result that differs is reported.</summary>
    private void Settle(CellEntry entry, SheetCell? cell, CellKind kind, decimal? computed)
    {
        entry.CellValue = computed;
        entry.Number = computed is { } value ? CellReading.Computed(kind, value, MoneyUnit, entry.Location) : null;
        if (cell is { IsFormula: true, HasCachedValue: true } && !CellReading.SameAsCached(cell, computed))
        {
            var shown = CellReading.Text(cell) ?? "空白";
            var recomputed = entry.Number?.Text ?? "空白";
            _log.Warning(entry.Location.Cell, $"公式显示 {shown}，按所填数字重算为 {recomputed}，已按重算值读取（公式可能被改动，或合计没有包括新增的行）", ReadingCodes.FormulaMismatch);
        }
    }

    /// <summary>Reads a typed (or cached) value into the entry; a value of the wrong kind is an error naming the cell.</summary>
    private void Read(SheetCell? cell, CellKind kind, CellEntry entry)
    {
        var address = entry.Location.Cell;
        switch (kind)
        {
            case CellKind.Text or CellKind.LongText:
                entry.Text = CellReading.Text(cell);
                break;
            case CellKind.Year or CellKind.Month:
                var (minimum, maximum, message) = kind == CellKind.Year ? (2000, 2100, "不是年度（四位数字）") : (1, 12, "不是 1 到 12 的月份");
                if (CellReading.TryWhole(cell, minimum, maximum, out var whole))
                {
                    entry.Whole = whole;
                }
                else
                {
                    _log.Error(address, message);
                }

                break;
            case CellKind.Date:
                if (CellReading.TryDate(cell, _date1904, out var date))
                {
                    entry.Date = date;
                }
                else
                {
                    _log.Error(address, "不是日期（如 2024年7月30日 或 2024年7月）");
                }

                break;
            default:
                if (!CellReading.TryNumber(cell, kind == CellKind.Percent, out var number))
                {
                    _log.Error(address, "不是数字");
                }
                else if (number is { } n && kind == CellKind.Count && n.Printed != decimal.Truncate(n.Printed))
                {
                    _log.Error(address, "不是整数");
                }
                else if (number is { } read)
                {
                    entry.Number = CellReading.Typed(kind, read, MoneyUnit, entry.Location);
                    entry.CellValue = read.CellValue;
                }

                break;
        }
    }

    private (int Title, int End)? Block(BlockSpec block)
    {
        if (_grid is null)
        {
            return null;
        }

        if (_blocks.TryGetValue(block.Title, out var found))
        {
            return found;
        }

        _log.Warning(_spec.Name, $"没有找到“{block.Title}”部分（标题被改动或删除），这部分内容未读取", ReadingCodes.PartMissing);
        return null;
    }

    private string ReadMoneyUnit(int beforeRow)
    {
        if (!_spec.HasMoneyUnit || _grid is null)
        {
            return MoneyUnits.TenThousandYuan;
        }

        for (var row = 1; row < beforeRow; row++)
        {
            if (_grid.Text(row, 0) == WorkbookLayout.MoneyUnitLabel)
            {
                var unit = CellReading.Text(_grid.Cell(row, 1));
                if (unit is null)
                {
                    _log.Warning(_grid.Address(row, 1), "没有填写金额单位，按“万元”读取", ReadingCodes.UnitAssumed);
                    return MoneyUnits.TenThousandYuan;
                }

                if (!WorkbookLayout.MoneyUnitChoices.Allows(unit))
                {
                    _log.Error(_grid.Address(row, 1), $"金额单位只能是“{MoneyUnits.Yuan}”或“{MoneyUnits.TenThousandYuan}”");
                }

                return unit;
            }
        }

        _log.Warning(_spec.Name, "没有找到“金额单位”单元格，按“万元”读取", ReadingCodes.UnitAssumed);
        return MoneyUnits.TenThousandYuan;
    }

    private static string? Compact(string? text) => text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
