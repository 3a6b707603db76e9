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

    public IEnumerable<PdfWord> Words => Fragments.SelectMany(f => f.Words);

    /// <summary>The font the whole line is set in, or null when its words use several.</summary>
    public string? Font => Words.Select(w => w.Font).Distinct().Count() == 1 ? Fragments[0].Words[0].Font : null;

    /// <summary>The same line with only some of its words (the rest stand in a table drawn beside it), or null when none is left.</summary>
    public PdfLine? With(IReadOnlyList<PdfWord> words) =>
        words.Count == 0 ? null : this with { Fragments = PageLines.Fragments(words) };
}
