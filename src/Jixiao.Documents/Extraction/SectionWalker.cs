using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Walks a document's blocks and tracks the outline by numbering kind (一、 → （一） → 1. → （1）),
/// not by '#' marks, so headings printed at the wrong level still nest correctly.
/// </summary>
public static class SectionWalker
{
    public static (string Title, IReadOnlyList<SectionedBlock> Blocks, IReadOnlyList<ReportSection> Sections) Walk(DocumentText document)
    {
        var stack = new List<(NumberingKind Kind, string Numbering, string Title)>();
        var blocks = new List<SectionedBlock>();
        var sections = new List<(string Path, string Title, int Line, int? Page, int Start)>();
        var titleParts = new List<string>();
        // The path and titles change only at a numbered heading; the blocks under it share them.
        var path = string.Empty;
        string[] titles = [];

        foreach (var block in document.Blocks)
        {
            if (block is HeadingBlock heading)
            {
                if (heading.Kind == NumberingKind.None)
                {
                    if (stack.Count == 0)
                    {
                        titleParts.Add(heading.Text);
                    }

                    continue;
                }

                stack.RemoveAll(s => s.Kind >= heading.Kind);
                stack.Add((heading.Kind, heading.Numbering, heading.Text));
                path = PathOf(stack);
                titles = stack.Select(s => s.Title).ToArray();
                sections.Add((path, heading.Text, heading.Line, heading.Page, blocks.Count));
                continue;
            }

            blocks.Add(new SectionedBlock(block, path, titles));
        }

        var reportSections = sections
            .Select(s => new ReportSection(s.Path, s.Title,
                blocks.Skip(s.Start).TakeWhile(b => b.SectionPath.StartsWith(s.Path, StringComparison.Ordinal)).Count(),
                new SourceLocation(Section: s.Path, Line: s.Line, Page: s.Page)))
            .ToArray();
        return (string.Concat(titleParts), blocks, reportSections);
    }

    private static string PathOf(List<(NumberingKind Kind, string Numbering, string Title)> stack) =>
        string.Concat(stack.Select(s => s.Numbering));
}
