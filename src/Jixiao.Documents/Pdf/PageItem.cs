namespace Jixiao.Documents.Pdf;

/// <summary>What a page holds, in reading order: a line of text or a table.</summary>
internal sealed record PageItem(PdfLine? Line, PdfTable? Table);
