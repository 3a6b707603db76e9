using Jixiao.Domain.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Neutral;
using static Jixiao.Documents.Tests.Docx.DocxFixture;
using TableBlock = Jixiao.Documents.Neutral.TableBlock;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>The Word reader on tiny documents built with OpenXML: each test pins one feature of the format.</summary>
public sealed class DocxReaderTests
{
    private static DocumentText Read(byte[] docx, ReaderLimits? limits = null)
    {
        var outcome = new DocxReader(limits ?? ReaderLimits.Default).Read("t.docx", docx);
        Assert.Null(outcome.Failure);
        return Assert.IsType<DocumentText>(outcome.Document);
    }

    private static DocumentText Read(params OpenXmlElement[] body) => Read(Create(body));

    [Fact]
    public void Headings_come_from_heading_styles_by_id_or_name_and_from_outline_levels()
    {
        var document = Read(
            P("2023年度广州市示例区测试局部门整体支出绩效自评报告", "Title"),
            P("一、部门基本情况 3", "TOC1"),
            P("一、部门基本情况", "Heading1"),
            P("（一）部门职能", "a5"),
            P("1.主要职能", properties: new ParagraphProperties(new OutlineLevel { Val = 2 })),
            P("负责全区测试工作的统筹协调，检查企业120家。"),
            P("二、绩效自评情况"));

        Assert.Equal("docx", document.Source.Format);
        var blocks = document.Blocks;
        Assert.Equal(6, blocks.Count);
        var title = Assert.IsType<HeadingBlock>(blocks[0]);
        Assert.Equal((NumberingKind.None, "2023年度广州市示例区测试局部门整体支出绩效自评报告"), (title.Kind, title.Text));
        Assert.Equal((NumberingKind.ChineseNumeral, "一、", "部门基本情况", 3), Heading(blocks[1]));
        Assert.Equal((NumberingKind.BracketedChineseNumeral, "（一）", "部门职能", 4), Heading(blocks[2]));
        Assert.Equal((NumberingKind.Arabic, "1.", "主要职能", 5), Heading(blocks[3]));
        var paragraph = Assert.IsType<ParagraphBlock>(blocks[4]);
        Assert.Equal(("负责全区测试工作的统筹协调，检查企业120家。", 6), (paragraph.Text, paragraph.Line));
        Assert.Equal((NumberingKind.ChineseNumeral, "二、", "绩效自评情况", 7), Heading(blocks[5]));
    }

    [Fact]
    public void Numbered_headings_without_their_number_in_the_text_get_it_from_the_numbering_definition()
    {
        var document = Read(Create(
            [
                Numbered("部门基本情况", 1, 0, "Heading1"),
                Numbered("部门职能", 1, 1, "Heading2"),
                Numbered("负责全区测试工作的统筹协调。", 1, 2),
                Numbered("负责安全生产综合监督管理。", 1, 2),
                Numbered("年度总体工作和重点工作任务", 1, 1, "Heading2"),
                Numbered("绩效自评情况", 1, 0, "Heading1"),
                Numbered("自评结论", 1, 1, "Heading2"),
                Numbered("三、存在的主要问题", 1, 0, "Heading1"),
            ],
            OutlineNumbering()));

        var blocks = document.Blocks;
        Assert.Equal((NumberingKind.ChineseNumeral, "一、", "部门基本情况", 1), Heading(blocks[0]));
        Assert.Equal((NumberingKind.BracketedChineseNumeral, "（一）", "部门职能", 2), Heading(blocks[1]));
        Assert.Equal("1.负责全区测试工作的统筹协调。", Assert.IsType<ParagraphBlock>(blocks[2]).Text);
        Assert.Equal("2.负责安全生产综合监督管理。", Assert.IsType<ParagraphBlock>(blocks[3]).Text);
        Assert.Equal((NumberingKind.BracketedChineseNumeral, "（二）", "年度总体工作和重点工作任务", 5), Heading(blocks[4]));
        Assert.Equal((NumberingKind.ChineseNumeral, "二、", "绩效自评情况", 6), Heading(blocks[5]));
        Assert.Equal((NumberingKind.BracketedChineseNumeral, "（一）", "自评结论", 7), Heading(blocks[6]));
        Assert.Equal((NumberingKind.ChineseNumeral, "三、", "存在的主要问题", 8), Heading(blocks[7]));
    }

    [Fact]
    public void A_heading_style_linked_to_a_list_numbers_its_paragraphs()
    {
        var numbering = OutlineNumbering();
        numbering.GetFirstChild<AbstractNum>()!.Elements<Level>().First().Append(new ParagraphStyleIdInLevel { Val = "Heading1" });
        var docx = Create([P("部门基本情况", "Heading1"), P("绩效自评情况", "Heading1")], numbering);
        // Link the style to the list, as Word does for "multilevel list linked to headings".
        var patched = PatchStyles(docx, styles =>
            styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.Append(new NumberingProperties(new NumberingId { Val = 1 })));

        var blocks = Read(patched).Blocks;

        Assert.Equal(["一、部门基本情况", "二、绩效自评情况"], blocks.Cast<HeadingBlock>().Select(h => h.Numbering + h.Text));
    }

    [Fact]
    public void Merged_cells_are_expanded_into_a_rectangular_grid_with_empty_continuations()
    {
        var table = Table(3,
            Row(Cell("预算整体情况", span: 2), Cell("金额")),
            Row(Cell("基本支出", merge: MergedCellValues.Restart), Cell("人员经费"), Cell("80.00")),
            Row(Cell(string.Empty, merge: MergedCellValues.Continue), Cell("公用经费"), Cell("20.00")),
            Row(Cell("合计", span: 2), Cell("100.00")));

        var block = Assert.Single(Read(P("前言。"), table).Blocks.OfType<TableBlock>());

        Assert.Equal(
            [["预算整体情况", "", "金额"], ["基本支出", "人员经费", "80.00"], ["", "公用经费", "20.00"], ["合计", "", "100.00"]],
            block.Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal([2, 3, 4, 5], block.Rows.Select(r => r.Line));
        Assert.Equal(2, block.Line);
    }

    [Fact]
    public void A_nested_table_is_read_into_its_cell_and_given_as_a_table_of_its_own()
    {
        var nested = Table(["检查企业数量", "≥100家"], ["群众满意度", "≥90%"]);
        var outer = Table(2,
            Row(Cell("一级指标"), Cell("指标")),
            Row(Cell("产出指标"), new TableCell(P("明细如下"), nested, new Paragraph())));

        var tables = Read(outer, P("后文。")).Blocks.OfType<TableBlock>().ToArray();

        Assert.Equal(2, tables.Length);
        Assert.Equal([["一级指标", "指标"], ["产出指标", "明细如下检查企业数量≥100家群众满意度≥90%"]], tables[0].Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal([["检查企业数量", "≥100家"], ["群众满意度", "≥90%"]], tables[1].Rows.Select(r => r.Cells.ToArray()));
        Assert.Equal([1, 2], tables[0].Rows.Select(r => r.Line));
        Assert.Equal([3, 4], tables[1].Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_text_box_is_read_once_as_paragraphs_after_its_anchor()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>备注：本表数据来源于2023年度决算报表。</w:t></w:r></w:p></w:txbxContent>";
        var anchor = new Paragraph(
            $"<w:p {MainNamespaces}><w:r><w:t>正文第一段。</w:t></w:r><w:r><mc:AlternateContent>" +
            $"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:rect><v:textbox>{box}</v:textbox></v:rect></w:pict></mc:Fallback>" +
            "</mc:AlternateContent></w:r></w:p>");

        var paragraphs = Read(anchor, P("正文第二段。")).Blocks.Cast<ParagraphBlock>().ToArray();

        Assert.Equal(["正文第一段。", "备注：本表数据来源于2023年度决算报表。", "正文第二段。"], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 3], paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Pages_are_counted_from_explicit_and_rendered_page_breaks()
    {
        var document = Read(
            P("第一页的段落。"),
            new Paragraph(R("第一页末尾。"), new Run(new Break { Type = BreakValues.Page }), R("第二页开头。")),
            P("第三页：段前分页。", properties: new ParagraphProperties(new PageBreakBefore())),
            new Paragraph(new Run(new LastRenderedPageBreak(), new WordText("第四页：Word 排版时在此分页。"))),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            new Paragraph(new Run(new LastRenderedPageBreak(), new WordText("第五页：分页符之后的排版分页是同一处。"))),
            Table(2, Row(Cell("项目"), Cell("金额")), new TableRow(new TableCell(new Paragraph(new Run(new LastRenderedPageBreak(), new WordText("续表")))), Cell("1.00"))));

        var paragraphs = document.Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal([1, 1, 3, 4, 5], paragraphs.Select(p => p.Page));
        Assert.Equal("第一页末尾。第二页开头。", paragraphs[1].Text);
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal([5, 6], table.Rows.Select(r => r.Page));
        Assert.Equal(5, table.Page);
    }

    [Fact]
    public void Caption_and_unit_note_paragraphs_are_attached_to_the_next_table()
    {
        var document = Read(
            P("表 3：2023 年部门预算情况"),
            P("金额单位：万元"),
            Table(["支出内容", "年初预算"], ["人员经费", "80.00"]));

        var table = Assert.Single(document.Blocks);
        var block = Assert.IsType<TableBlock>(table);
        Assert.Equal("表3：2023年部门预算情况", block.Caption);
        Assert.Equal("金额单位：万元", block.UnitNote);
    }

    [Fact]
    public void Line_breaks_join_a_sentence_and_separate_what_the_text_form_separates()
    {
        var document = Read(new Paragraph(
            R("2023年本单位预算收入150.00万元，调整预算数"), new Run(new Break()),
            R("160.00万元，决算数155.00万元。"), new Run(new Break()),
            R("（一）自评结论"), new Run(new TabChar()), R("良好")));

        Assert.Equal(2, document.Blocks.Count);
        Assert.Equal("2023年本单位预算收入150.00万元，调整预算数160.00万元，决算数155.00万元。", Assert.IsType<ParagraphBlock>(document.Blocks[0]).Text);
        Assert.Equal("自评结论良好", Assert.IsType<HeadingBlock>(document.Blocks[1]).Text);
    }

    [Fact]
    public void Deleted_revisions_field_codes_and_hidden_text_are_not_read()
    {
        var document = Read(new Paragraph(
            R("年初预算"),
            new DeletedRun(new Run(new DeletedText("100.00"))),
            new InsertedRun(R("150.00")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")), new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new RunProperties(new Vanish()), new WordText("隐藏")),
            R("万元。")));

        Assert.Equal("年初预算150.00万元。", Assert.IsType<ParagraphBlock>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void Table_columns_and_rows_beyond_the_limits_are_cut_with_reading_problems()
    {
        var wide = Enumerable.Range(0, 4).Select(r => Enumerable.Range(1, 20).Select(c => $"{r}-{c}").ToArray()).ToArray();
        var limits = new ReaderLimits { MaxTableColumns = 8, MaxTableRows = 3 };

        var document = Read(Create([P("宽表如下。"), Table(wide)]), limits);

        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(8, r.Cells.Count));
        Assert.Equal(2, document.Problems.Count);
        Assert.All(document.Problems, p => Assert.Equal(ReadingCodes.LimitExceeded, p.Code));
        Assert.Contains(document.Problems, p => p.Message.Contains('8', StringComparison.Ordinal) && p.Location.Line == 2);
        Assert.Contains(document.Problems, p => p.Message.Contains('3', StringComparison.Ordinal) && p.Location.Line == 5);
    }

    [Fact]
    public void A_package_without_relationships_is_read_from_word_document_xml()
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {MainNamespaces}><w:body><w:p><w:r><w:t>一、部门基本情况</w:t></w:r></w:p></w:body></w:document>");
        }

        var heading = Assert.IsType<HeadingBlock>(Assert.Single(Read(memory.ToArray()).Blocks));
        Assert.Equal("部门基本情况", heading.Text);
    }

    private static (NumberingKind, string, string, int) Heading(Block block)
    {
        var heading = Assert.IsType<HeadingBlock>(block);
        return (heading.Kind, heading.Numbering, heading.Text, heading.Line);
    }

    private static byte[] PatchStyles(byte[] docx, Action<Styles> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            change(styles);
            styles.Save();
        }

        return stream.ToArray();
    }
}
