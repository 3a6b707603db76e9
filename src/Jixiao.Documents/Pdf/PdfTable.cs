namespace Jixiao.Documents.Pdf;

/// <summary>A table found on a page (or joined over pages): its column extents, rows and the lines it was built from.</summary>
internal sealed record PdfTable(IReadOnlyList<(double Left, double Right)> Columns, List<PdfTableRow> Rows, IReadOnlyList<PdfLine> Lines);
