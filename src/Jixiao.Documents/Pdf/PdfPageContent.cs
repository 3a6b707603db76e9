namespace Jixiao.Documents.Pdf;

/// <summary>What is read from a page: its lines (running headers and footers removed) and the grids of its ruled tables.</summary>
internal sealed record PdfPageContent(List<PdfLine> Lines, IReadOnlyList<RuledGrid> Grids);
