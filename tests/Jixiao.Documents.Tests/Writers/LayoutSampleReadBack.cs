using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.Writers;

/// <summary>
/// What our own readers and loader must give back from a writer's output of <see cref="LayoutSample"/>, the same for
/// every format but for how the title and the figures read.
/// </summary>
internal static class LayoutSampleReadBack
{
    /// <summary>
    /// The title as <paramref name="title"/> (one heading, or one a line), then each heading with its number; the
    /// paragraphs in order with each figure where it stands, as <paramref name="figure"/> gives the paragraph figure
    /// <c>i</c> reads as; the table with its caption, unit note and expanded cells; no reading problems.
    /// </summary>
    public static void AssertBlocks(DocumentText document, IEnumerable<string> title, Func<int, string> figure)
    {
        var blocks = document.Blocks;
        Assert.Equal(
            [.. title, .. LayoutSample.Headings.Select(h => h.Text)],
            blocks.OfType<HeadingBlock>().Select(h => h.Numbering + h.Text));
        var paragraphs = LayoutSample.Paragraphs;
        Assert.Equal(
            [.. paragraphs[..4], figure(0), paragraphs[4], figure(1), paragraphs[5], LayoutSample.Issuer],
            blocks.OfType<ParagraphBlock>().Select(p => p.Text));

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal((LayoutSample.Caption, LayoutSample.UnitNote), (table.Caption, table.UnitNote));
        Assert.Equal(LayoutSample.ExpandedRows, table.Rows.Select(r => r.Cells.ToArray()));
        Assert.Empty(document.Problems);
    }

    /// <summary>The loaded report: the sample's title on one line, its genre, and a section for each heading.</summary>
    public static void AssertReport(Report? report)
    {
        Assert.NotNull(report);
        Assert.Equal(string.Concat(LayoutSample.Title), report.Title);
        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, report.Genre);
        Assert.Equal(["部门基本情况", "部门职能", "主要职能", "综合协调", "绩效自评情况", "存在的主要问题"], report.Sections.Select(s => s.Title));
    }
}
