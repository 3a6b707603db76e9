using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Neutral;

/// <summary>
/// The neutral form every reader produces: blocks in reading order with their source locations, what the
/// reader could not read, and what it learnt about the source (format, publisher, publication date).
/// </summary>
public sealed record DocumentText(string FileName, IReadOnlyList<Block> Blocks, IReadOnlyList<ReadingProblem> Problems)
{
    public DocumentSource Source { get; init; } = new("text");
}
