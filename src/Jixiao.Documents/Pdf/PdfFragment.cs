namespace Jixiao.Documents.Pdf;

/// <summary>
/// Words of one visual line that stand close together (gaps no wider than a space); a gap wider than that
/// separates fragments, which is how table cells printed on one line are told apart.
/// </summary>
internal sealed record PdfFragment(string Text, double Left, double Right, double Baseline, double Size, IReadOnlyList<PdfWord> Words)
{
    public static PdfFragment Of(IReadOnlyList<PdfWord> words) =>
        new(string.Join(' ', words.Select(w => w.Text)), words[0].Left, words.Max(w => w.Right), words[0].Baseline, words.Max(w => w.Size), words);

    public bool Overlaps(double left, double right) => Left < right && left < Right;
}
