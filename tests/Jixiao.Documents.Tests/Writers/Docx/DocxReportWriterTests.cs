using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Testing;
using TableBlock = Jixiao.Documents.Neutral.TableBlock;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Jixiao.Documents.Tests.Writers.Docx;

/// <summary>
/// The Word writer on <see cref="LayoutSample"/>: a valid package, the GB/T 9704 page and fonts, and our own reader
/// reads it back; and on tables like 表3 too wide for the portrait page.
/// </summary>
public sealed class DocxReportWriterTests
{
    private const string WideBefore = "各项目预算执行情况如下表：";

    private const string WideAfter = "项目支出预算执行率总体较高。";

    private const string WideCaption = "表3：2023年度部门预算情况";

    private const string WideUnitNote = "金额单位：元";

    private const string WideProject = "（穗天政函〔2022〕65号）天河区政务服务数据管理局关于天河区应急管理局2022年应急管理值班值守系统建设项目";

    /// <summary>Twips: the cell padding on each side.</summary>
    private const int CellPadding = 85;

    private static readonly byte[] Docx = DocxReportWriter.Write(LayoutSample.Document());

    [Fact]
    public void The_package_passes_the_OpenXml_validator()
    {
        using var word = Open();
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_page_is_A4_with_the_official_margins_and_a_page_number_in_the_footer()
    {
        using var word = Open();
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        // 210 × 297 mm; 37, 35, 28, 26 mm in twips (1 mm = 1440 / 25.4).
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1984, 1587U, 1474U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        var footerId = section.GetFirstChild<FooterReference>()!.Id!.Value!;
        var footer = ((FooterPart)main.GetPartById(footerId)).Footer!;
        Assert.Equal("— 1 —", footer.InnerText);
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);
    }

    [Fact]
    public void Fonts_are_set_in_the_defaults_and_styles_and_declared_with_fallbacks()
    {
        using var word = Open();
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(("仿宋_GB2312", "仿宋_GB2312", "仿宋_GB2312"), (defaults.RunFonts!.Ascii!.Value, defaults.RunFonts.HighAnsi!.Value, defaults.RunFonts.EastAsia!.Value));
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        var spacing = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal(("560", LineSpacingRuleValues.Exact), (spacing.Line!.Value, spacing.LineRule!.Value));

        Assert.Equal(("方正小标宋简体", "44"), StyleFont(styles, "Title"));
        Assert.Equal(("黑体", "32"), StyleFont(styles, "Heading1"));
        Assert.Equal(("楷体_GB2312", "32"), StyleFont(styles, "Heading2"));
        Assert.Equal(("仿宋_GB2312", "32"), StyleFont(styles, "Heading3"));
        Assert.NotNull(Style(styles, "Heading4").StyleRunProperties!.Bold);
        Assert.Equal(("宋体", "21"), StyleFont(styles, "TableText"));
        for (var level = 1; level <= 4; level++)
        {
            Assert.Equal(level - 1, Style(styles, "Heading" + level).StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        var normal = Style(styles, "Normal").StyleParagraphProperties!.Indentation!;
        Assert.Equal(200, normal.FirstLineChars!.Value);

        var declared = word.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value!);
        Assert.Equal(["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"], declared.Keys);
        Assert.Contains("Noto Serif CJK SC", declared["仿宋_GB2312"], StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK SC", declared["黑体"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_merges_cells_repeats_its_header_and_marks_numbers_and_totals()
    {
        using var word = Open();
        var table = word.MainDocumentPart!.Document!.Body!.Elements<WordTable>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(6, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal([true, true, false, false, false, false], rows.Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));

        var header = rows[0].Elements<TableCell>().ToList();
        Assert.Equal(5, header.Count);
        Assert.Equal(MergedCellValues.Restart, header[0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(2, header[2].TableCellProperties!.GridSpan!.Val!.Value);
        var continued = rows[1].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!;
        Assert.True(continued.Val is null || continued.Val.Value == MergedCellValues.Continue);

        var total = rows[^1];
        Assert.All(total.Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        var number = rows[2].Elements<TableCell>().ElementAt(2).Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, number.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Each_chart_is_an_inline_picture_as_wide_as_the_text_with_its_caption_below()
    {
        using var word = Open();
        var body = word.MainDocumentPart!.Document!.Body!;
        var drawings = body.Descendants<Drawing>().ToList();
        Assert.All(drawings, drawing =>
        {
            var extent = drawing.Inline!.Extent!;
            Assert.Equal(156 * 36_000L, extent.Cx!.Value);
            Assert.InRange(extent.Cy!.Value, 1L, extent.Cx.Value);
        });
        Assert.Equal(drawings.Count, word.MainDocumentPart.ImageParts.Count());
        Assert.Equal(LayoutSample.FigureCaptions, drawings.Select(d => d.Ancestors<Paragraph>().Single().NextSibling<Paragraph>()!.InnerText));
    }

    [Fact]
    public void The_page_break_opens_the_new_page_with_the_next_heading()
    {
        using var word = Open();
        var heading = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == LayoutSample.HeadingAfterPageBreak);
        Assert.NotNull(heading.ParagraphProperties!.PageBreakBefore);
        Assert.DoesNotContain(word.MainDocumentPart.Document.Body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
    }

    [Fact]
    public void Our_reader_reads_back_the_headings_paragraphs_and_table()
    {
        var outcome = new DocxReader(ReaderLimits.Default).Read("report.docx", Docx);

        LayoutSampleReadBack.AssertBlocks(Assert.IsType<DocumentText>(outcome.Document), LayoutSample.Title, i => LayoutSample.FigureCaptions[i]);
    }

    [Fact]
    public void The_report_loader_sees_the_title_genre_and_sections()
    {
        var (report, failure) = new ReportLoader().Load("report.docx", Docx);
        Assert.Null(failure);
        LayoutSampleReadBack.AssertReport(report);
    }

    [Fact]
    public void An_empty_table_is_left_out_and_tables_in_a_row_stay_apart()
    {
        var table = new TablePart(string.Empty, null, [], [new LayoutRow(new LayoutCell("甲"), LayoutCell.Number("1.00"))]);
        var document = new LayoutDocument([], null, [table, new TablePart("表2：空表", null, [], []), table]);
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(document)), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Equal(2, body.Elements<WordTable>().Count());
        Assert.DoesNotContain(body.Elements<WordTable>(), t => t.NextSibling() is WordTable);
        Assert.DoesNotContain("空表", body.InnerText, StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(word));
    }

    [Fact]
    public void Number_columns_are_at_least_as_wide_as_their_widest_number()
    {
        foreach (var document in new[] { LayoutSample.Document(), WideTableDocument(4), WideTableDocument(6), WideTableDocument(8) })
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(document)), false);
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var table = word.MainDocumentPart.Document!.Body!.Elements<WordTable>().Single();
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToArray();
            var numbers = 0;
            foreach (var row in table.Elements<TableRow>())
            {
                var column = 0;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    var paragraph = cell.Elements<Paragraph>().Single();
                    if (paragraph.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right)
                    {
                        var halfPoints = int.Parse(StyleFont(styles, paragraph.ParagraphProperties.ParagraphStyleId!.Val!.Value!).Size!, CultureInfo.InvariantCulture);
                        var needed = PrintedWidth(cell.InnerText, halfPoints) + (2 * CellPadding);
                        Assert.True(grid.Skip(column).Take(span).Sum() >= needed, $"“{cell.InnerText}” needs {needed} twips, its column has {grid[column]}");
                        numbers++;
                    }

                    column += span;
                }
            }

            Assert.True(numbers > 10);
        }
    }

    [Fact]
    public void A_wide_table_goes_on_a_landscape_page_and_the_text_after_it_returns_to_portrait()
    {
        var bytes = DocxReportWriter.Write(WideTableDocument(4));
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<WordTable>().Single();
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(word));

        // The portrait section ends with the paragraph before the caption; the caption and unit note open the landscape section.
        var before = body.Elements<Paragraph>().Single(p => p.InnerText == WideBefore);
        AssertSection(before, portrait: true);
        var unitNote = (Paragraph)table.PreviousSibling()!;
        var caption = (Paragraph)unitNote.PreviousSibling()!;
        Assert.Equal((WideCaption, WideUnitNote), (caption.InnerText, unitNote.InnerText));
        Assert.Same(before, caption.PreviousSibling());
        Assert.Null(caption.ParagraphProperties!.PageBreakBefore);

        // The landscape section ends with an empty paragraph right after the table; the text after it is portrait again.
        var end = Assert.IsType<Paragraph>(table.NextSibling());
        Assert.Empty(end.InnerText);
        AssertSection(end, portrait: false);
        Assert.Equal(WideAfter, end.NextSibling<Paragraph>()!.InnerText);
        AssertSection(body.Elements<SectionProperties>().Single(), portrait: true);
        Assert.Equal(3, body.Descendants<SectionProperties>().Count());
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());

        var blocks = new DocxReader(ReaderLimits.Default).Read("wide.docx", bytes).Document!.Blocks;
        var read = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal((WideCaption, WideUnitNote), (read.Caption, read.UnitNote));
        Assert.Equal(WideProject, read.Rows[2].Cells[1]);
        Assert.Equal([WideBefore, WideAfter], blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    [Fact]
    public void A_heading_right_before_a_wide_table_goes_onto_its_landscape_page()
    {
        var wide = WideTableDocument(4);
        var document = wide with { Parts = [new HeadingPart(1, "一、部门整体支出绩效目标"), .. wide.Parts.OfType<TablePart>()] };

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(document)), false);

        // The portrait section ends with the blank line under the title; the heading opens the landscape section with the caption.
        var body = word.MainDocumentPart!.Document!.Body!;
        var heading = body.Elements<Paragraph>().Single(p => p.InnerText == "一、部门整体支出绩效目标");
        var blank = Assert.IsType<Paragraph>(heading.PreviousSibling());
        Assert.Empty(blank.InnerText);
        AssertSection(blank, portrait: true);
        Assert.Null(heading.ParagraphProperties!.SectionProperties);
        Assert.Equal(WideCaption, heading.NextSibling<Paragraph>()!.InnerText);
        AssertSection(body.Elements<SectionProperties>().Single(), portrait: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(word));
    }

    [Fact]
    public void A_table_too_wide_for_landscape_at_10_5_pt_is_set_in_9_pt()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(WideTableDocument(4))), false);
        using var wider = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.Write(WideTableDocument(6))), false);

        Assert.Equal(["TableText"], CellStyles(word));
        Assert.Equal(["TableTextSmall"], CellStyles(wider));
        Assert.Equal(("宋体", "18"), StyleFont(wider.MainDocumentPart!.StyleDefinitionsPart!.Styles!, "TableTextSmall"));
        AssertSection(wider.MainDocumentPart.Document!.Body!.Descendants<SectionProperties>().First(s => s.Parent is ParagraphProperties && s.GetFirstChild<PageSize>()!.Orient!.Value == PageOrientationValues.Landscape), portrait: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(wider));
    }

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Docx), false);

    private static string[] CellStyles(WordprocessingDocument word) =>
        [.. word.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().SelectMany(c => c.Elements<Paragraph>()).Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!).Distinct()];

    /// <summary>A4 portrait with the official margins, or landscape with them turned (top 28, bottom 26, left 37, right 35 mm), each with the page number.</summary>
    private static void AssertSection(OpenXmlElement element, bool portrait)
    {
        var section = element as SectionProperties ?? ((Paragraph)element).ParagraphProperties!.SectionProperties!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var page = (size.Width!.Value, size.Height!.Value, size.Orient!.Value);
        var margins = (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value);
        if (portrait)
        {
            Assert.Equal((11906U, 16838U, PageOrientationValues.Portrait), page);
            Assert.Equal((2098, 1984, 1587U, 1474U), margins);
        }
        else
        {
            Assert.Equal((16838U, 11906U, PageOrientationValues.Landscape), page);
            Assert.Equal((1587, 1474, 2098U, 1984U), margins);
        }

        Assert.NotNull(section.GetFirstChild<FooterReference>()?.Id?.Value);
    }

    /// <summary>
    /// A table like 表3 with amounts in 元: three label columns, then <paramref name="amounts"/> amount columns and
    /// 支出率: with four amounts it needs a landscape page, with six 9 pt text, with eight more than the landscape text block.
    /// </summary>
    private static LayoutDocument WideTableDocument(int amounts)
    {
        LayoutRow Row(string project, string unit, string amount, string rate, bool total = false) => new(
            [
                new LayoutCell(project, total ? 2 : 1),
                .. total ? Array.Empty<LayoutCell>() : [new LayoutCell(unit)],
                .. Enumerable.Repeat(LayoutCell.Number(amount), amounts),
                LayoutCell.Number(rate),
            ],
            Emphasis: total);
        var header = new LayoutRow([LayoutCell.Centred("支出内容", 3), .. Enumerable.Range(1, amounts).Select(i => LayoutCell.Centred($"调整后预算数{i}")), LayoutCell.Centred("支出率")]);
        var body = new[]
        {
            new LayoutRow([LayoutCell.Centred("项目支出", rowSpan: 4), LayoutCell.Centred("项目名称"), LayoutCell.Centred("实施单位（科室）"), .. Enumerable.Repeat(LayoutCell.Centred("金额"), amounts), LayoutCell.Centred("支出率")]),
            Row(WideProject, "应急指挥救援科", "2,296,445.00", "87.29%"),
            Row("三防办购置经费", "区三防办", "498,680.00", "100.00%"),
            Row("项目支出合计", string.Empty, "12,134,676.73", "92.79%", total: true),
        };
        return new LayoutDocument(["2023年度示例市测试局", "部门整体支出绩效自评报告"], null,
        [
            new HeadingPart(1, "一、部门基本情况"),
            new ParagraphPart(WideBefore),
            new TablePart(WideCaption, WideUnitNote, [header], body),
            new ParagraphPart(WideAfter),
        ]);
    }

    /// <summary>
    /// Twips that a number takes in Noto Serif CJK SC Bold (the font LibreOffice prints 宋体 with, bold in total rows):
    /// digits 0.596 em, "." and "," 0.335 em, "%" 0.966 em.
    /// </summary>
    private static int PrintedWidth(string text, int halfPoints) =>
        (int)Math.Ceiling(text.Sum(c => c switch { '.' or ',' => 0.335, '%' => 0.966, _ => 0.596 }) * halfPoints * 10);

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    private static (string? Font, string? Size) StyleFont(Styles styles, string id)
    {
        var run = Style(styles, id).StyleRunProperties!;
        return (run.RunFonts?.EastAsia?.Value, run.FontSize?.Val?.Value);
    }
}
