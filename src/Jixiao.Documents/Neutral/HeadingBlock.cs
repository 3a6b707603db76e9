namespace Jixiao.Documents.Neutral;

/// <summary>A heading: its numbering as printed (normalised to full-width brackets), its kind and its text.</summary>
public sealed record HeadingBlock(NumberingKind Kind, string Numbering, string Text, int Line) : Block(Line);
