namespace Jixiao.Documents.Text;

/// <summary>A block of a neutral document: a heading, a paragraph or a table, with its first source line.</summary>
public abstract record Block(int Line);
