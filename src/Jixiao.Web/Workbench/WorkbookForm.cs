using System.Globalization;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Numbers;

namespace Jixiao.Web.Workbench;

/// <summary>
/// The 在线填报 form: the self-evaluation workbook (<see cref="WorkbookLayout"/>) as HTML inputs — one per cell a user
/// types in the workbook, sheet by sheet and block by block, so the form has exactly the workbook's fields. It is filled
/// from a <see cref="TemplateContent"/> (the report's own workbook, <see cref="TemplatePrefill.SameYear"/>) or from a posted
/// form, and turns back into a content that <see cref="TemplateWriter"/> writes and <see cref="WorkbookImporter"/> reads:
/// the form saves what the workbook would, with the importer's checks, and the importer's errors are put back beside the
/// inputs they came from. Every value is posted as the text typed (the importer reads numbers, percentages and dates from
/// text as from a typed cell); amounts are in the form's 金额单位.
/// </summary>
public sealed class WorkbookForm
{
    /// <summary>Empty rows offered after each table's rows, for another unit, project, indicator….</summary>
    public const int SpareRows = 2;

    /// <summary>The name of the 金额单位 input.</summary>
    public const string MoneyUnitName = "moneyUnit";

    /// <summary>
    /// How many form values a request may post (ASP.NET Core's default is 1024): one 在线填报 form posts an input per cell
    /// it shows — about 900 for a report the size of the bundled sample.
    /// </summary>
    public const int MaxPostedValues = 10_000;

    /// <summary>The most rows a posted table may have.</summary>
    private const int MaxRows = 500;

    /// <summary>The input-name prefix of each block: its sheet's and its own position ("s4b2").</summary>
    private static readonly Dictionary<BlockSpec, string> Prefixes = PrefixesOf(WorkbookLayout.Sheets);

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<TableSpec, int> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _problems = [];

    private WorkbookForm(string moneyUnit)
    {
        MoneyUnit = moneyUnit;
    }

    /// <summary>The sheets the form shows, in workbook order.</summary>
    public static IReadOnlyList<SheetSpec> Sheets => WorkbookLayout.Sheets;

    /// <summary>The 金额单位 of every amount in the form (元 or 万元).</summary>
    public string MoneyUnit { get; }

    /// <summary>Errors that name no input (the whole workbook), one line each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>How many inputs have an error, plus the errors naming none.</summary>
    public int ErrorCount => _errors.Count + _problems.Count;

    /// <summary>The form holding a content's values: form fields and table rows, then <see cref="SpareRows"/> empty rows per table.</summary>
    public static WorkbookForm Of(TemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var form = new WorkbookForm(content.MoneyUnit);
        foreach (var block in Prefixes.Keys)
        {
            if (block is FormSpec fields)
            {
                foreach (var field in fields.Fields)
                {
                    form.Keep(FieldName(fields, field.Key), Display(field.Kind, content.FieldOf(fields, field.Key).Value, content.MoneyUnit));
                }
            }
            else if (block is TableSpec table)
            {
                var rows = content.RowsOf(table);
                form._rows[table] = rows.Count + SpareRows;
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var column in table.Columns.Where(Shows))
                    {
                        form.Keep(CellName(table, i, column.Key), Display(column.Kind, rows[i].GetValueOrDefault(column.Key), content.MoneyUnit));
                    }
                }
            }
        }

        return form;
    }

    /// <summary>The form as posted; an unknown 金额单位 is an error beside its input.</summary>
    public static WorkbookForm Posted(IFormCollection posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var unit = posted[MoneyUnitName].ToString();
        var known = WorkbookLayout.MoneyUnitChoices.Items.Contains(unit, StringComparer.Ordinal);
        var form = new WorkbookForm(known ? unit : MoneyUnits.TenThousandYuan);
        if (!known)
        {
            form._errors[MoneyUnitName] = "金额单位只能是“元”或“万元”";
        }

        foreach (var block in Prefixes.Keys)
        {
            if (block is FormSpec fields)
            {
                foreach (var field in fields.Fields)
                {
                    form.Keep(FieldName(fields, field.Key), posted[FieldName(fields, field.Key)].ToString());
                }
            }
            else if (block is TableSpec table)
            {
                var rows = int.TryParse(posted[RowsName(table)], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Min(count, MaxRows) : 0;
                form._rows[table] = rows;
                for (var i = 0; i < rows; i++)
                {
                    foreach (var column in table.Columns.Where(Shows))
                    {
                        form.Keep(CellName(table, i, column.Key), posted[CellName(table, i, column.Key)].ToString());
                    }
                }
            }
        }

        return form;
    }

    /// <summary>True for the table columns the form shows: those the importer reads (not 序号, 范围 or the reference columns).</summary>
    public static bool Shows(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.IsImported;
    }

    /// <summary>True for the fields that are the report's own and not changed in the form (部门名称, 年度).</summary>
    public static bool IsFixed(FormSpec block, FieldSpec field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return ReferenceEquals(block, WorkbookLayout.ProfileForm) && field.Key is "department" or "year";
    }

    public static string FieldName(FormSpec block, string key) => $"{Prefixes[block]}-{key}";

    public static string CellName(TableSpec table, int row, string key) => $"{Prefixes[table]}-{row.ToString(CultureInfo.InvariantCulture)}-{key}";

    public static string RowsName(TableSpec table) => $"{Prefixes[table]}-rows";

    public int RowCount(TableSpec table) => _rows.GetValueOrDefault(table);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string? Error(string name) => _errors.GetValueOrDefault(name);

    /// <summary>What a table row is called in its inputs' labels: its key columns' values ("森防办/基本支出合计"), else its number.</summary>
    public string RowLabel(TableSpec table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var keys = table.Columns.Where(c => c.Role == ColumnRole.Key).Select(c => Value(CellName(table, row, c.Key))).OfType<string>().ToList();
        return keys.Count > 0 ? string.Join('/', keys) : $"第 {row + 1} 行";
    }

    /// <summary>
    /// The workbook content of the form, for the report's department and year (the form does not change them): every
    /// value as typed text, every table row in its place, an empty derived field left to its formula.
    /// </summary>
    public TemplateContent ToContent(string department, int year)
    {
        var content = new TemplateContent { MoneyUnit = MoneyUnit, Year = year };
        foreach (var block in Prefixes.Keys)
        {
            if (block is FormSpec fields)
            {
                foreach (var field in fields.Fields)
                {
                    var text = field.Key switch
                    {
                        "department" when IsFixed(fields, field) => department,
                        "year" when IsFixed(fields, field) => year.ToString(CultureInfo.InvariantCulture),
                        _ => Value(FieldName(fields, field.Key)),
                    };
                    content.Field(fields, field.Key, text is null ? null : new TemplateValue.Text(text));
                }
            }
            else if (block is TableSpec table)
            {
                for (var i = 0; i < RowCount(table); i++)
                {
                    content.Row(table, table.Columns.Where(Shows)
                        .Select(c => (c.Key, Text: Value(CellName(table, i, c.Key))))
                        .Where(c => c.Text is not null)
                        .ToDictionary(c => c.Key, c => (TemplateValue)new TemplateValue.Text(c.Text!)));
                }
            }
        }

        return content;
    }

    /// <summary>Puts the importer's errors beside the inputs they came from (<paramref name="places"/>: where the writer put each value).</summary>
    public void Report(IEnumerable<ImportProblem> errors, IReadOnlyDictionary<string, TemplatePlace> places)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(places);
        foreach (var error in errors)
        {
            if (error.Cell is { } cell && places.TryGetValue(cell, out var place))
            {
                var name = place.Block is TableSpec table ? CellName(table, place.Row, place.Key) : FieldName((FormSpec)place.Block, place.Key);
                _errors[name] = _errors.TryGetValue(name, out var earlier) ? $"{earlier}；{error.Message}" : error.Message;
            }
            else
            {
                _problems.Add(error.ToString());
            }
        }
    }

    /// <summary>A content value as typed in the form: amounts in <paramref name="moneyUnit"/>, rates as percentages; last year's reference figures are not shown.</summary>
    private static string? Display(CellKind kind, TemplateValue? value, string moneyUnit) => value switch
    {
        TemplateValue.Text text => text.Value,
        TemplateValue.Number number when kind == CellKind.Percent => Plain(number.Value * 100m) + "%",
        TemplateValue.Number number => Plain(number.Value),
        TemplateValue.Money money => Plain(money.Yuan / MoneyUnits.FactorOf(moneyUnit)),
        _ => null,
    };

    private static Dictionary<BlockSpec, string> PrefixesOf(IReadOnlyList<SheetSpec> sheets)
    {
        var prefixes = new Dictionary<BlockSpec, string>(ReferenceEqualityComparer.Instance);
        for (var s = 0; s < sheets.Count; s++)
        {
            for (var b = 0; b < sheets[s].Blocks.Count; b++)
            {
                prefixes[sheets[s].Blocks[b]] = string.Create(CultureInfo.InvariantCulture, $"s{s}b{b}");
            }
        }

        return prefixes;
    }

    private static string Plain(decimal value) => MoneyUnits.Trim(value).ToString(CultureInfo.InvariantCulture);

    private void Keep(string name, string? value)
    {
        if (value?.Trim() is { Length: > 0 } text)
        {
            _values[name] = text;
        }
    }
}
