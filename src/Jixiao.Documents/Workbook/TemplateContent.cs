namespace Jixiao.Documents.Workbook;

/// <summary>
/// What a template is pre-filled with (预填): the money unit, form values (a value to keep and last year's value for
/// reference) and table rows. Tables with a total row start with it. Built by <see cref="TemplatePrefill"/> and
/// <see cref="DeclarationPrefill"/>.
/// </summary>
public sealed class TemplateContent
{
    private readonly Dictionary<(FormSpec Block, string Key), (TemplateValue? Value, TemplateValue? Reference)> _fields = [];
    private readonly Dictionary<TableSpec, List<IReadOnlyDictionary<string, TemplateValue>>> _rows = [];

    /// <summary>The workbook the content is for: the self-evaluation workbook unless a prefill says otherwise.</summary>
    public WorkbookDefinition Workbook { get; init; } = WorkbookLayout.Definition;

    /// <summary>The 金额单位 every sheet with amounts starts with.</summary>
    public string MoneyUnit { get; init; } = Domain.Numbers.MoneyUnits.TenThousandYuan;

    /// <summary>The year the workbook is for, when known (shown on the 说明 sheet).</summary>
    public int? Year { get; init; }

    /// <summary>Sets a form field's value and/or last year's value.</summary>
    public void Field(FormSpec block, string key, TemplateValue? value, TemplateValue? reference = null)
    {
        _ = block.Field(key);
        _fields[(block, key)] = (value, reference);
    }

    /// <summary>Adds a row to a table; keys are the table's column keys.</summary>
    public void Row(TableSpec block, IReadOnlyDictionary<string, TemplateValue> cells)
    {
        foreach (var key in cells.Keys)
        {
            _ = block.Column(key);
        }

        if (!_rows.TryGetValue(block, out var rows))
        {
            _rows[block] = rows = [];
        }

        rows.Add(cells);
    }

    public (TemplateValue? Value, TemplateValue? Reference) FieldOf(FormSpec block, string key) =>
        _fields.TryGetValue((block, key), out var field) ? field : (null, null);

    public IReadOnlyList<IReadOnlyDictionary<string, TemplateValue>> RowsOf(TableSpec block) =>
        _rows.TryGetValue(block, out var rows) ? rows : [];
}
