using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Documents.Writers.Markdown;
using Jixiao.Testing;
using SkiaSharp;

namespace Jixiao.Documents.Tests.Writers.Markdown;

/// <summary>
/// The Markdown writer on <see cref="LayoutSample"/>: headings, paragraphs, a rectangular pipe table and image
/// links to the chart files, read back by our own loader with the same structure; and the escaping of text that
/// would otherwise turn into markup.
/// </summary>
public sealed class MarkdownReportWriterTests
{
    private static readonly Lazy<MarkdownReport> Written = new(() => CjkFont.Required(() => MarkdownReportWriter.Write(LayoutSample.Document(), "report-figure")));

    private static string[] Lines => Written.Value.Text.Split('\n');

    /// <summary>The line that links figure <paramref name="index"/> of the sample to its image.</summary>
    private static string ImageLink(int index) => $"![{LayoutSample.FigureCaptions[index]}](report-figure-{index + 1}.png)";

    private static string Paragraph(string text) => MarkdownReportWriter.Write(new LayoutDocument([], null, [new ParagraphPart(text)])).Text.TrimEnd('\n');

    private static string CellRow(string text) => MarkdownReportWriter.Write(new LayoutDocument([], null,
        [new TablePart(string.Empty, null, [new LayoutRow(new LayoutCell("项目"))], [new LayoutRow(new LayoutCell(text))])])).Text.Split('\n')[2];

    [Fact]
    public void The_title_and_heading_levels_are_hashes()
    {
        var headings = Lines.Where(l => l.StartsWith('#')).ToList();

        Assert.Equal(
            ["# " + string.Concat(LayoutSample.Title), .. LayoutSample.Headings.Select(h => new string('#', h.Level + 1) + " " + h.Text)],
            headings);
    }

    [Fact]
    public void The_table_is_a_rectangular_pipe_table_after_its_caption_and_unit_note()
    {
        var lines = Lines;
        var start = Array.IndexOf(lines, LayoutSample.Caption);
        Assert.Equal(["", LayoutSample.UnitNote, ""], lines[(start + 1)..(start + 4)]);

        var table = lines[(start + 4)..].TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(7, table.Count);
        Assert.Equal("| --- | --- | ---: | ---: | ---: | ---: |", table[1]);
        Assert.All(table, row => Assert.Equal(7, row.Count(c => c == '|')));
        Assert.Equal("| 类别 | 项目 | 预算数 |  | 执行数 | 执行率 |", table[0]);
        Assert.Equal("|  | 公用经费&其他 | 210.00 | 215.50 | 201.33 | 93.42% |", table[4]);
        Assert.Equal("| 合计 |  | 2,244.56 | 2,275.50 | 2,234.68 | 98.21% |", table[^1]);
    }

    [Fact]
    public void Figures_link_to_the_chart_images_returned_with_the_text()
    {
        var report = Written.Value;

        Assert.Equal(["report-figure-1.png", "report-figure-2.png"], report.Images.Select(i => i.FileName));
        Assert.All(report.Images, image =>
        {
            using var bitmap = SKBitmap.Decode(image.Png);
            Assert.Equal((1200, 700), (bitmap.Width, bitmap.Height));
        });
        Assert.Contains(ImageLink(0), Lines);
        Assert.Contains(ImageLink(1), Lines);
    }

    [Fact]
    public void Ordinary_text_with_angle_brackets_ampersands_and_pipes_is_written_as_is()
    {
        Assert.Contains(LayoutSample.Paragraphs[1], Lines);
        Assert.Contains(LayoutSample.Paragraphs[2], Lines);
        Assert.Equal(LayoutSample.Issuer, Lines[^2]);
    }

    [Theory]
    [InlineData("<b>加粗</b>与<br>换行", @"\<b>加粗\</b>与\<br>换行")]
    [InlineData("&amp;与&#124;", @"\&amp;与\&#124;")]
    [InlineData("*强调*、_下划线_和`代码`", @"\*强调\*、\_下划线\_和\`代码\`")]
    [InlineData("[链接](http://example.com)", @"[链接\](http://example.com)")]
    [InlineData(@"反斜杠\*与\中文", @"反斜杠\\\*与\中文")]
    [InlineData("甲 | 乙", @"甲 \| 乙")]
    [InlineData("| 开头的竖线", @"\| 开头的竖线")]
    [InlineData("# 不是标题", @"\# 不是标题")]
    [InlineData("> 不是引用", @"\> 不是引用")]
    [InlineData("- 不是列表", @"\- 不是列表")]
    [InlineData("---", @"\---")]
    [InlineData("1. 不是列表", @"1\. 不是列表")]
    [InlineData("1.不是列表", "1.不是列表")]
    [InlineData("第一行\n第二行", "第一行 第二行")]
    public void Markup_in_paragraphs_is_escaped(string text, string expected) => Assert.Equal(expected, Paragraph(text));

    [Theory]
    [InlineData("甲|乙", @"| 甲\|乙 |")]
    [InlineData("甲 | 乙", @"| 甲 \| 乙 |")]
    [InlineData(@"a\|b", @"| a\\\|b |")]
    [InlineData("*注*", @"| \*注\* |")]
    public void Every_pipe_in_a_cell_is_escaped(string text, string expected) => Assert.Equal(expected, CellRow(text));

    [Theory]
    [InlineData("甲|乙")]
    [InlineData(@"a\|b")]
    [InlineData("*注*")]
    [InlineData(@"末尾\")]
    public void An_escaped_cell_reads_back_as_written(string text)
    {
        var markdown = MarkdownReportWriter.Write(new LayoutDocument([], null,
            [new TablePart("表1：测试", null, [new LayoutRow(LayoutCell.Centred("名称"), LayoutCell.Centred("值"))], [new LayoutRow(new LayoutCell(text), LayoutCell.Number("1.00"))])])).Text;

        var table = Assert.Single(new PlainTextReader(ReaderLimits.Default).Read("t.md", markdown).Blocks.OfType<TableBlock>());

        Assert.Equal([text, "1.00"], table.Rows[^1].Cells);
    }

    [Fact]
    public void Brackets_in_a_figure_caption_are_escaped_in_the_alt_text()
    {
        var chart = new Chart("图", ChartKind.Bars, ["甲"], [new ChartSeries("值", [1m])], "万元");
        var report = CjkFont.Required(() => MarkdownReportWriter.Write(new LayoutDocument([], null, [new FigurePart("图1：[附]执行率", chart)]), "图"));

        Assert.Equal(@"![图1：\[附\]执行率](%E5%9B%BE-1.png)", report.Text.TrimEnd('\n'));
        Assert.Equal("图-1.png", Assert.Single(report.Images).FileName);
    }

    [Fact]
    public void A_table_without_header_rows_takes_its_first_row_as_the_header_line()
    {
        var text = MarkdownReportWriter.Write(new LayoutDocument([], null,
            [new TablePart("表2：收入", null, [], [new LayoutRow(new LayoutCell("收入"), LayoutCell.Number("1.00")), new LayoutRow(new LayoutCell("支出"), LayoutCell.Number("2.00"))])])).Text;

        Assert.Equal("表2：收入\n\n| 收入 | 1.00 |\n| --- | ---: |\n| 支出 | 2.00 |\n", text);
    }

    [Fact]
    public void Our_reader_reads_back_the_headings_paragraphs_and_table()
    {
        var document = new PlainTextReader(ReaderLimits.Default).Read("report.md", Written.Value.Text);

        // An image link reads as a paragraph, its parentheses made full-width as in any other text.
        LayoutSampleReadBack.AssertBlocks(document, [string.Concat(LayoutSample.Title)], i => $"![{LayoutSample.FigureCaptions[i]}]（report-figure-{i + 1}.png）");
    }

    [Fact]
    public void The_loader_reads_the_file_beside_its_images_with_its_title_and_sections()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.md", Written.Value.Text);
        foreach (var image in Written.Value.Images)
        {
            folder.File(image.FileName, image.Png);
        }

        var (report, failure) = new ReportLoader().Load(path);

        Assert.Null(failure);
        LayoutSampleReadBack.AssertReport(report);
        Assert.Equal("text", report!.Source!.Format);
    }
}
