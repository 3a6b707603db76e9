namespace Jixiao.Documents.Neutral;

/// <summary>
/// A block of a neutral document: a heading, a paragraph or a table, with its first source line (the line of a
/// text file, the paragraph ordinal of a Word file, the line on its page of a PDF) and its page where the format has pages.
/// </summary>
public abstract record Block(int Line)
{
    public int? Page { get; init; }
}
