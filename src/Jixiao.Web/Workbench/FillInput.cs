using Jixiao.Documents.Workbook;

namespace Jixiao.Web.Workbench;

/// <summary>
/// One input of the 在线填报 form (Pages/Reports/_FillInput): its name (also its id), what it is called to assistive
/// technology when no visible label names it (table cells), the kind of workbook cell it stands for, the values offered,
/// the value shown, the importer's error and a help line.
/// </summary>
public sealed record FillInput(string Name, string? Label, CellKind Kind, Choices? Choices, string? Value, string? Error, string? Help)
{
    /// <summary>The ids of the help and error lines that describe the input, or null.</summary>
    public string? DescribedBy => string.Join(' ', new[] { Help is null ? null : Name + "-help", Error is null ? null : Name + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    /// <summary>True for the kinds typed as numbers (a numeric keyboard on phones).</summary>
    public bool IsNumeric => Kind is CellKind.Money or CellKind.Percent or CellKind.Score or CellKind.Count or CellKind.Year or CellKind.Month;
}
