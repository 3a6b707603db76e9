namespace Jixiao.Domain.Library;

/// <summary>A word of an entry (a keyword, or part of its name) found in the context: how often and in which texts.</summary>
public sealed record MatchedWord(string Word, int Occurrences, IReadOnlyList<string> Sources);
