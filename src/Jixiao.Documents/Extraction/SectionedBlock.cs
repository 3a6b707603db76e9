using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Extraction;

/// <summary>A block with the numbering path (e.g. "一、（四）") and titles of the sections it stands in.</summary>
public sealed record SectionedBlock(Block Block, string SectionPath, IReadOnlyList<string> Titles)
{
    public bool IsUnder(string titleKeyword)
    {
        // A loop, not Any(): this is asked for every block of every report, and a lambda capturing the keyword allocates.
        for (var i = 0; i < Titles.Count; i++)
        {
            if (Titles[i].Contains(titleKeyword, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public string InnermostTitle => Titles.Count == 0 ? string.Empty : Titles[^1];
}
