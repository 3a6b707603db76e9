namespace Jixiao.Documents.Pdf;

/// <summary>
/// One reconstructed table row: a cell per column (empty where nothing is printed), its first line and page,
/// and for each column the baseline of the cell's lowest line (NaN when empty) so that a row cut by a page
/// break can be recognised and re-joined.
/// </summary>
internal sealed record PdfTableRow(string[] Cells, int Line, int Page, double[] CellBottoms, double Bottom);
