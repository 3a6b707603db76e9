namespace Jixiao.Documents.Pdf;

/// <summary>
/// A visual line: words sharing a baseline, sorted left to right and split into fragments, with its
/// 1-based number among the lines of its page (counted top down, running headers included).
/// </summary>
internal sealed record PdfLine(IReadOnlyList<PdfFragment> Fragments, double Baseline, double Size, bool Bold, int Number, int Page)
{
    public double Left => Fragments[0].Left;

    public double Right => Fragments[^1].Right;

    public string Text => string.Join(' ', Fragments.Select(f => f.Text));

    public bool IsMulti => Fragments.Count > 1;
}
