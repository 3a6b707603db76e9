namespace Jixiao.Documents.Pdf;

/// <summary>
/// A ruling line drawn on a page (a table border): horizontal at height <see cref="At"/> from x <see cref="From"/> to
/// <see cref="To"/>, or vertical at x <see cref="At"/> from y <see cref="From"/> to <see cref="To"/> (PDF points, y up,
/// From &lt; To).
/// </summary>
internal sealed record PdfRule(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double position, double tolerance) => From - tolerance <= position && position <= To + tolerance;
}
