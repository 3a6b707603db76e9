namespace Jixiao.Documents.Workbook;

/// <summary>What <see cref="TemplatePrefill"/> makes of a report: next year's template, or the report's own workbook.</summary>
public enum PrefillMode
{
    /// <summary>
    /// `jixiao template --from`: what carries over (names, indicators and their targets, 分值) as values to keep, last
    /// year's figures only in the reference columns.
    /// </summary>
    NextYear,

    /// <summary>
    /// `jixiao render --to xlsx`: the report's own figures for its own year in the input cells, as a user would have
    /// typed them — figures that do not add up typed over the formulas — so that importing the workbook gives the report back.
    /// </summary>
    SameYear,
}
