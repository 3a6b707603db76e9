using Jixiao.Domain.Library;

namespace Jixiao.Cli.Rendering;

/// <summary>The JSON of `targets suggest`: the report, the library's size, the ranked suggestions and the missing categories.</summary>
public sealed record SuggestionDocument(string? File, string? Subject, int LibrarySize, SuggestionResult Result);
