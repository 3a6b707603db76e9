using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Text;

/// <summary>
/// The neutral form every reader produces: blocks in reading order with their source locations,
/// and what the reader could not read.
/// </summary>
public sealed record DocumentText(string FileName, IReadOnlyList<Block> Blocks, IReadOnlyList<ReadingProblem> Problems);
