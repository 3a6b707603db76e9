namespace Jixiao.Domain.Library;

/// <summary>Ranked suggestions (best first), the categories the report's indicators leave out, and how many indicators it has.</summary>
public sealed record SuggestionResult(IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<MissingCategory> Missing, int ExistingIndicators);
