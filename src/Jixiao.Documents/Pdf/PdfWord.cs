namespace Jixiao.Documents.Pdf;

/// <summary>A word on a PDF page: its text, horizontal extent, baseline (PDF points, y up), font size and weight.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size, bool Bold);
