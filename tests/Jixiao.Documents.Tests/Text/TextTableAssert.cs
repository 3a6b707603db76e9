using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Text;

/// <summary>Reading helpers shared by the text-table tests.</summary>
internal static class TextTables
{
    public static DocumentText Read(string text) => new PlainTextReader(ReaderLimits.Default).Read("t.txt", text);

    /// <summary>Joins fixture lines with '\n' (line 1 is the first).</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    public static IReadOnlyList<TableRow> AllRows(DocumentText document) =>
        document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).ToArray();

    /// <summary>The one row whose cells include <paramref name="label"/>.</summary>
    public static TableRow RowOf(DocumentText document, string label) =>
        Assert.Single(AllRows(document), r => r.Cells.Contains(label));

    /// <summary>True when <paramref name="expected"/> occur among the row's cells in this order (other cells may come between).</summary>
    public static bool HasInOrder(IReadOnlyList<string> cells, IEnumerable<string> expected)
    {
        var at = 0;
        foreach (var want in expected)
        {
            while (at < cells.Count && cells[at] != want)
            {
                at++;
            }

            if (at == cells.Count)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
