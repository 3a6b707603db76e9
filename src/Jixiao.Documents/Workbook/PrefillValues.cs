using Jixiao.Domain.Numbers;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// The cell values the prefills (<see cref="TemplatePrefill"/>, <see cref="DeclarationPrefill"/>) write from a report:
/// last year's, or this year's when a report is exported as its own workbook.
/// </summary>
internal static class PrefillValues
{
    /// <summary>A row's cells by column key, leaving out the empty ones.</summary>
    public static Dictionary<string, TemplateValue> Cells(params (string Key, TemplateValue? Value)[] cells) =>
        cells.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!);

    public static TemplateValue.Text? TextOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : new TemplateValue.Text(text);

    public static TemplateValue.Amount? Amount(Stated? stated) => stated is { Kind: Quantity.Money } ? new TemplateValue.Amount(stated.Value) : null;

    /// <summary>
    /// A figure as its cell holds it: an amount as last year's reference (<see cref="TemplateValue.Amount"/>) or, when
    /// <paramref name="typed"/>, as a typed number (<see cref="TemplateValue.Money"/>); a rate as the fraction a percentage
    /// cell holds; a score or count as it is.
    /// </summary>
    public static TemplateValue? Figure(Stated? stated, bool typed = false) => stated switch
    {
        null => null,
        { Kind: Quantity.Percent } => new TemplateValue.Number(stated.Value / 100m),
        { Kind: Quantity.Money } => typed ? new TemplateValue.Money(stated.Value) : new TemplateValue.Amount(stated.Value),
        _ => new TemplateValue.Number(stated.Value),
    };

    /// <summary>A labelled count (财政供养人员数) as a number, or its text when it is no number.</summary>
    private static TemplateValue? Field(LabelledField? field) => field?.Number is { } number ? new TemplateValue.Number(number.Value) : TextOf(field?.Text);

    /// <summary>Last year's value of each basic count (<see cref="WorkbookLayout.BasicInfoFields"/>), by field key; null where the report has none.</summary>
    public static IEnumerable<(string Key, TemplateValue? Value)> BasicInfo(PerformanceTargetTable targets) =>
        WorkbookLayout.BasicInfoFields.Select(spec => (spec.Key, Field(targets.BasicInfo.FirstOrDefault(f => f.Label == spec.Label))));

    /// <summary>
    /// An indicator's place and target in the indicator columns both workbooks share: 一级, 二级, 三级指标, the annual
    /// target split into 指标性质 | 指标值 | 度量单位, and 实施周期指标值.
    /// </summary>
    public static (string Key, TemplateValue? Value)[] Indicator(Indicator indicator)
    {
        var (nature, value, unit) = TargetText.Split(indicator.AnnualTarget, indicator.Target);
        return
        [
            ("level1", TextOf(IndicatorNames.Category(indicator.Category))),
            ("level2", TextOf(indicator.Subcategory is { } s ? IndicatorNames.Subcategory(s) : indicator.Level2Label)),
            ("name", TextOf(indicator.Name)),
            ("nature", TextOf(nature)),
            ("value", TextOf(value)),
            ("unit", TextOf(unit)),
            ("cycle", TextOf(indicator.CycleTarget)),
        ];
    }
}
