using Jixiao.Documents.Neutral;
using Jixiao.Documents.Pdf;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Tables drawn with ruling lines, stroked or filled as thin bars (PdfPig, no LibreOffice needed): words go to the cell
/// of the grid they stand in, a cell's lines are joined ("2,752." over "90", two Latin words), a cell whose border is
/// not drawn is merged and gives its text in its first grid cell, and a table continued on the next page under its
/// repeated header row is one table.
/// </summary>
public sealed class RuledTableTests
{
    private static readonly double[] Columns = [60, 160, 300, 400, 500];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cells_are_read_within_their_rules_and_merged_cells_give_their_text_once(bool filledRules)
    {
        var texts = new List<(string, double, double)>
        {
            ("Spending by item is shown below.", 60, 740),
            ("Kind", 64, 686), ("Item", 164, 686), ("Budget", 304, 686), ("Rate", 404, 686),
            ("Basic", 64, 646), ("Staff costs", 164, 666), ("2,752.", 304, 666), ("90", 304, 652), ("74.", 404, 666), ("00%", 404, 652),
            ("Office", 164, 626), ("274.88", 304, 626), ("91.15%", 404, 626),
            ("Projects", 64, 602), ("Safety inspection", 164, 608), ("programme", 164, 596), ("800.00", 304, 602), ("98.06%", 404, 602),
            ("Total", 64, 576), ("3,827.78", 304, 576), ("95.00%", 404, 576),
            ("The table ends here.", 60, 540),
        };
        var rules = new List<(double, double, double, double)>
        {
            (60, 700, 500, 700), (60, 680, 500, 680), (160, 640, 500, 640), (60, 620, 500, 620), (60, 590, 500, 590), (60, 570, 500, 570),
            (60, 570, 60, 700), (160, 590, 160, 700), (300, 570, 300, 700), (400, 570, 400, 700), (500, 570, 500, 700),
        };

        var document = Read(PdfFixtures.Drawn([(texts, rules)], filledRules: filledRules));

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(
            [
                ["Kind", "Item", "Budget", "Rate"],
                ["Basic", "Staff costs", "2,752.90", "74.00%"],
                ["", "Office", "274.88", "91.15%"],
                ["Projects", "Safety inspection programme", "800.00", "98.06%"],
                ["Total", "", "3,827.78", "95.00%"],
            ],
            table.Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal(["Spending by item is shown below.", "The table ends here."], document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    [Fact]
    public void A_table_continued_under_its_repeated_header_is_one_table()
    {
        static (List<(string, double, double)> Texts, List<(double, double, double, double)> Rules) Page(int first, int count, double top)
        {
            var texts = new List<(string, double, double)> { ("Item", 64, top - 14), ("Budget", 164, top - 14), ("Actual", 304, top - 14), ("Rate", 404, top - 14) };
            var rules = new List<(double, double, double, double)> { (60, top, 500, top) };
            for (var i = 0; i <= count; i++)
            {
                var y = top - (20 * (i + 1));
                rules.Add((60, y, 500, y));
                if (i < count)
                {
                    texts.AddRange([($"Line {first + i}", 64, y - 14), ($"{100 + first + i}.00", 164, y - 14), ($"{90 + first + i}.00", 304, y - 14), ("90.00%", 404, y - 14)]);
                }
            }

            rules.AddRange(Columns.Select(x => (x, top - (20 * (count + 1)), x, top)));
            return (texts, rules);
        }

        var document = Read(PdfFixtures.Drawn([Page(1, 30, 760), Page(31, 5, 760)]));

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(36, table.Rows.Count);
        Assert.Equal(["Item", "Budget", "Actual", "Rate"], table.Rows[0].Cells);
        Assert.Equal(["Line 35", "135.00", "125.00", "90.00%"], table.Rows[^1].Cells);
        Assert.Equal(2, table.Rows[^1].Page);
    }

    private static DocumentText Read(byte[] pdf)
    {
        var outcome = new PdfReader(ReaderLimits.Default).Read("ruled.pdf", pdf);
        Assert.Null(outcome.Failure);
        return Assert.IsType<DocumentText>(outcome.Document);
    }
}
