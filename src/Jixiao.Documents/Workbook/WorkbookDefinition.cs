namespace Jixiao.Documents.Workbook;

/// <summary>
/// One kind of Jixiao workbook: what it is called, the marker its 说明 sheet carries (so the loader recognises it by
/// content), the heading and filling rules of the 说明 sheet, and its data sheets in order. The self-evaluation workbook
/// (<see cref="WorkbookLayout"/>) and the target-declaration workbook (<see cref="DeclarationLayout"/>) share the
/// template writer and the sheet reader through it.
/// </summary>
/// <param name="Name">The workbook's Chinese name in messages ("自评工作簿", "目标申报工作簿").</param>
/// <param name="MarkerPrefix">What every version of the marker starts with ("jixiao-workbook-").</param>
/// <param name="Marker">The marker of the version this build writes and reads ("jixiao-workbook-1").</param>
/// <param name="Heading">The first line of the 说明 sheet.</param>
/// <param name="Rules">The filling rules listed on the 说明 sheet.</param>
/// <param name="Sheets">The data sheets in workbook order (after 说明).</param>
public sealed record WorkbookDefinition(
    string Name,
    string MarkerPrefix,
    string Marker,
    string Heading,
    IReadOnlyList<string> Rules,
    IReadOnlyList<SheetSpec> Sheets);
