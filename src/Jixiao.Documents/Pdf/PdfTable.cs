namespace Jixiao.Documents.Pdf;

/// <summary>
/// A table found on a page (or joined over pages): its column extents, rows and the lines it was built from, and for a
/// table drawn with ruling lines the x of its column boundaries (null when it was found by the alignment of its text).
/// </summary>
internal sealed record PdfTable(IReadOnlyList<(double Left, double Right)> Columns, List<PdfTableRow> Rows, IReadOnlyList<PdfLine> Lines, IReadOnlyList<double>? Boundaries = null);
