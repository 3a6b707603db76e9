using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Writes one data sheet: title, money unit, blocks; collects its checks, widths and defined names. A derived cell (a
/// formula, a total row's sum) holds the content's value instead when the content gives one — a figure typed over the formula.
/// </summary>
internal sealed class SheetWriter(SheetSpec spec, TemplateContent content)
{
    /// <summary>Widths of a form's columns: 项目, 内容, 上年（参考）, 填写说明.</summary>
    private static readonly double[] FormWidths = [34, 50, 24, 40];

    private static readonly CellReference UnitCell = new(WorkbookLayout.MoneyUnitRow, 1);

    private readonly WorksheetCells _grid = new();
    private readonly List<DataValidation> _validations = [];
    private int _freezeRows = WorkbookLayout.MoneyUnitRow;

    public List<(string Name, string Range)> DefinedNames { get; } = [];

    /// <summary>Where each form field and each cell of the content's rows went, by sheet-qualified cell.</summary>
    public Dictionary<string, TemplatePlace> Places { get; } = new(StringComparer.Ordinal);

    public Worksheet Write()
    {
        _grid.Text(1, 0, spec.Name, WorkbookStyles.Title);
        _grid.Text(1, 1, spec.Purpose, WorkbookStyles.Note);
        if (spec.HasMoneyUnit)
        {
            _grid.Text(UnitCell.Row, 0, WorkbookLayout.MoneyUnitLabel, WorkbookStyles.Label);
            _grid.Text(UnitCell.Row, 1, content.MoneyUnit, WorkbookStyles.Of(CellKind.Text, ColumnRole.Input));
            Validate(UnitCell.ToString(), WorkbookLayout.MoneyUnitChoices);
        }

        var row = WorkbookLayout.FirstBlockRow;
        foreach (var block in spec.Blocks)
        {
            _grid.Text(row, 0, block.Title, WorkbookStyles.BlockTitle);
            _grid.Text(row, 1, block.Note, WorkbookStyles.Note);
            row = block switch
            {
                FormSpec form => WriteForm(form, row + 1),
                TableSpec table => WriteTable(table, row + 1),
                _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}."),
            } + 1;
        }

        var worksheet = new Worksheet(
            WorksheetCells.FrozenViews(_freezeRows),
            new Columns(Widths().Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
            _grid.ToSheetData());
        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        return worksheet;
    }

    /// <summary>Writes a form from its header row; returns the row after it.</summary>
    private int WriteForm(FormSpec form, int headerRow)
    {
        Header(headerRow, FormSpec.Headers);
        var rowOf = form.Fields.Select((f, i) => (f.Key, Row: headerRow + 1 + i)).ToDictionary(x => x.Key, x => x.Row);
        foreach (var field in form.Fields)
        {
            var row = rowOf[field.Key];
            var value = new CellReference(row, FormSpec.ValueColumn);
            Places[value.On(spec.Name)] = new TemplatePlace(form, 0, field.Key);
            _grid.Text(row, FormSpec.LabelColumn, field.Label, WorkbookStyles.Label);
            var (input, reference) = content.FieldOf(form, field.Key);
            if (field.Derivation is { } derivation && input is null)
            {
                _grid.Formula(row, FormSpec.ValueColumn, derivation.Formula(o => new CellReference(rowOf[o.Key], FormSpec.ValueColumn).ToString()), WorkbookStyles.Of(field.Kind, ColumnRole.Derived));
            }
            else
            {
                Value(row, FormSpec.ValueColumn, input, WorkbookStyles.Of(field.Kind, ColumnRole.Input));
                Check(value.ToString(), field.Kind, field.Choices);
            }

            Value(row, FormSpec.ReferenceColumn, reference, WorkbookStyles.Of(field.Kind, ColumnRole.Reference));
            _grid.Text(row, FormSpec.NoteColumn, field.Note ?? string.Empty, WorkbookStyles.Note);
        }

        return headerRow + form.Fields.Count + 1;
    }

    /// <summary>Writes a table from its header row: the pre-filled rows, then the spare rows; returns the row after it.</summary>
    private int WriteTable(TableSpec table, int headerRow)
    {
        Header(headerRow, [.. table.Columns.Select(c => c.Header)]);
        if (spec.Blocks.Count == 1)
        {
            _freezeRows = headerRow;
        }

        var rows = content.RowsOf(table);
        var first = headerRow + 1;
        var last = first + rows.Count + table.SpareRows - 1;
        var letter = (string key) => Extraction.CellAddress.ColumnLetters(table.IndexOf(key));
        for (var i = 0; i < rows.Count + table.SpareRows; i++)
        {
            var row = first + i;
            var cells = i < rows.Count ? rows[i] : new Dictionary<string, TemplateValue>();
            var isTotal = table.Total is { } total && cells.TryGetValue(total.LabelKey, out var label) && label is TemplateValue.Text text && total.IsTotal(text.Value);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var style = WorkbookStyles.Of(column.Kind, column.Role);
                if (i < rows.Count)
                {
                    Places[new CellReference(row, c).On(spec.Name)] = new TemplatePlace(table, i, column.Key);
                }

                if (column.Role == ColumnRole.Fixed && column.Kind == CellKind.Count)
                {
                    _grid.Number(row, c, i + 1, WorkbookStyles.Label);
                }
                else if (cells.ContainsKey(column.Key))
                {
                    Value(row, c, cells[column.Key], column.Role == ColumnRole.Fixed ? WorkbookStyles.Label : style);
                }
                else if (isTotal && table.Total!.SummedKeys.Contains(column.Key))
                {
                    var group = table.Total.GroupKey is { } g ? letter(g) : null;
                    _grid.Formula(row, c, table.Total.Formula(letter(column.Key), row, first, last, letter(table.Total.LabelKey), group), WorkbookStyles.Of(column.Kind, ColumnRole.Derived));
                }
                else if (column.Derivation is { } derivation)
                {
                    _grid.Formula(row, c, derivation.Formula(o => o.OfTotalRow
                        ? new CellReference(first, table.IndexOf(o.Key)).Absolute
                        : new CellReference(row, table.IndexOf(o.Key)).ToString()), style);
                }
                else
                {
                    Value(row, c, null, column.Role == ColumnRole.Fixed ? WorkbookStyles.Label : style);
                }
            }
        }

        if (last >= first)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (column.Role is ColumnRole.Input or ColumnRole.Key)
                {
                    Check($"{letter(column.Key)}{first}:{letter(column.Key)}{last}", column.Kind, column.Choices);
                }
            }

            if (ReferenceEquals(table, WorkbookLayout.Units))
            {
                var name = letter("name");
                DefinedNames.Add((WorkbookLayout.UnitsRangeName, $"'{spec.Name}'!${name}${first}:${name}${last}"));
            }
        }

        return last + 1;
    }

    private void Header(int row, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++)
        {
            _grid.Text(row, c, headers[c], WorkbookStyles.Header);
        }
    }

    private void Value(int row, int column, TemplateValue? value, uint style)
    {
        switch (value)
        {
            case TemplateValue.Text text:
                _grid.Text(row, column, text.Value, style);
                break;
            case TemplateValue.Number number:
                _grid.Number(row, column, number.Value, style);
                break;
            case TemplateValue.Amount amount:
                var yuan = MoneyUnits.Trim(amount.Yuan).ToString(CultureInfo.InvariantCulture);
                var tenThousand = MoneyUnits.ToTenThousandYuan(amount.Yuan).ToString(CultureInfo.InvariantCulture);
                _grid.Formula(row, column, spec.HasMoneyUnit ? $"IF({UnitCell.Absolute}=\"{MoneyUnits.Yuan}\",{yuan},{tenThousand})" : yuan, style);
                break;
            case TemplateValue.Money money:
                _grid.Number(row, column, money.Yuan / MoneyUnits.FactorOf(content.MoneyUnit), style);
                break;
            default:
                _grid.Empty(row, column, style);
                break;
        }
    }

    /// <summary>A drop-down list, or a numeric check for numeric kinds.</summary>
    private void Check(string range, CellKind kind, Choices? choices)
    {
        if (choices is not null)
        {
            Validate(range, choices);
            return;
        }

        NumericCheck? check = kind switch
        {
            CellKind.Money or CellKind.Score => new(DataValidationValues.Decimal, "-1E+15", "1E+15", "请填写数字"),
            CellKind.Percent => new(DataValidationValues.Decimal, "-1E+6", "1E+6", "请填写百分比，如 25.22%"),
            CellKind.Count => new(DataValidationValues.Whole, "0", "2000000000", "请填写整数"),
            CellKind.Year => new(DataValidationValues.Whole, "2000", "2100", "请填写四位数字的年度"),
            CellKind.Month => new(DataValidationValues.Whole, "1", "12", "请填写 1 到 12 的月份"),
            _ => null,
        };
        if (check is { } c)
        {
            _validations.Add(new DataValidation(new Formula1(c.Minimum), new Formula2(c.Maximum))
            {
                Type = c.Type,
                Operator = DataValidationOperatorValues.Between,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = "数字格式",
                Error = c.Message,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
            });
        }
    }

    private void Validate(string range, Choices choices) =>
        _validations.Add(new DataValidation(new Formula1(choices.RangeName ?? "\"" + string.Join(',', choices.Items) + "\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "请从列表中选择",
            Error = choices.RangeName is null ? "可选：" + string.Join("、", choices.Items) : "请先在“基本情况”的下属单位中列出",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        });

    private IEnumerable<double> Widths()
    {
        var count = spec.Blocks.Max(b => b is TableSpec t ? t.Columns.Count : FormWidths.Length);
        return Enumerable.Range(0, count).Select(i => spec.Blocks.Max(b => b switch
        {
            TableSpec t when i < t.Columns.Count => t.Columns[i].Width,
            FormSpec when i < FormWidths.Length => FormWidths[i],
            _ => 8,
        }));
    }

    /// <summary>A numeric check (数据验证) of a kind of cell: the type and bounds, and the message shown on a wrong entry.</summary>
    private readonly record struct NumericCheck(DataValidationValues Type, string Minimum, string Maximum, string Message);
}
