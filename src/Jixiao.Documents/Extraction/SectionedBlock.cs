using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Extraction;

/// <summary>A block with the numbering path (e.g. "一、（四）") and titles of the sections it stands in.</summary>
public sealed record SectionedBlock(Block Block, string SectionPath, IReadOnlyList<string> Titles)
{
    public bool IsUnder(string titleKeyword) => Titles.Any(t => t.Contains(titleKeyword, StringComparison.Ordinal));

    public string InnermostTitle => Titles.Count == 0 ? string.Empty : Titles[^1];
}
