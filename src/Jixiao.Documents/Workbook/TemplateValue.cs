namespace Jixiao.Documents.Workbook;

/// <summary>A value the template writes into a cell before the user fills the workbook in.</summary>
public abstract record TemplateValue
{
    /// <summary>Text, written as a string.</summary>
    public sealed record Text(string Value) : TemplateValue;

    /// <summary>A number (分值, 个数), written as it is.</summary>
    public sealed record Number(decimal Value) : TemplateValue;

    /// <summary>
    /// An amount in 元, written as a formula that shows it in the sheet's 金额单位 — so last year's figures stay right when
    /// the user switches the unit between 元 and 万元.
    /// </summary>
    public sealed record Amount(decimal Yuan) : TemplateValue;

    /// <summary>
    /// An amount in 元 entered as the user would type it: a number in the workbook's 金额单位 (this year's figures of an
    /// exported report, <see cref="WorkbookExport"/>).
    /// </summary>
    public sealed record Money(decimal Yuan) : TemplateValue;
}
