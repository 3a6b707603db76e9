namespace Jixiao.Documents.Pdf;

/// <summary>
/// A word on a PDF page: its text, horizontal extent, baseline (PDF points, y up), font size and weight, and the font
/// most of its letters are set in (without the subset prefix, e.g. "NotoSansCJKsc-Regular").
/// </summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size, bool Bold, string Font)
{
    /// <summary>Where the word stands across: its middle.</summary>
    public double Centre => (Left + Right) / 2;

    /// <summary>Where the word stands up and down: the middle of its letters' body, above the baseline.</summary>
    public double Middle => Baseline + (0.3 * Size);
}
