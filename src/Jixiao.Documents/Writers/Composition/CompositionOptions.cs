namespace Jixiao.Documents.Writers.Composition;

/// <summary>What goes into a generated report besides the model itself.</summary>
/// <param name="ReviewNotes">Audit findings printed in the appendix 审核意见 (none: no appendix).</param>
/// <param name="Corrections">Changes made to the figures before rendering, one Chinese sentence each, printed in an appendix.</param>
/// <param name="Charts">Whether to include the charts.</param>
public sealed record CompositionOptions(
    IReadOnlyList<ReviewNote> ReviewNotes,
    IReadOnlyList<string> Corrections,
    bool Charts = true)
{
    public static readonly CompositionOptions Default = new([], []);
}
