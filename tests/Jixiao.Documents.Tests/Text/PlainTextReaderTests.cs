using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Text;

public sealed class PlainTextReaderTests
{
    private static DocumentText Read(string text) => new PlainTextReader(ReaderLimits.Default).Read("t.txt", text);

    [Fact]
    public void Headings_keep_their_chinese_numbering_whatever_their_hash_level()
    {
        var blocks = Read("# 2023 年度测试局\n\n#### 三、存在的主要问题\n\n## (二)年度总体工作\n\n#### （1）部门整体绩效目标产出指标完成情况\n").Blocks.Cast<HeadingBlock>().ToArray();
        Assert.Equal([NumberingKind.None, NumberingKind.ChineseNumeral, NumberingKind.BracketedChineseNumeral, NumberingKind.BracketedArabic], blocks.Select(b => b.Kind));
        Assert.Equal(["", "三、", "（二）", "（1）"], blocks.Select(b => b.Numbering));
        Assert.Equal("2023年度测试局", blocks[0].Text);
    }

    [Fact]
    public void A_paragraph_broken_by_a_page_break_is_joined_and_remembers_its_lines()
    {
        var paragraph = Assert.Single(Read("2023年本单位预算收入 3916.29 万元，调整预算数\n\n4171.75 万元，决算数 4051.74 万元。\n").Blocks.OfType<ParagraphBlock>());
        Assert.Equal("2023年本单位预算收入3916.29万元，调整预算数4171.75万元，决算数4051.74万元。", paragraph.Text);
        Assert.Equal(1, paragraph.LineAt(paragraph.Text.IndexOf("3916.29", StringComparison.Ordinal)));
        Assert.Equal(3, paragraph.LineAt(paragraph.Text.IndexOf("4171.75", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sentences_ending_a_line_and_numbered_items_start_new_paragraphs()
    {
        var paragraphs = Read("1.负责应急管理工作。\n\n2.贯彻落实应急管理政策\n\n3.统筹全区应急预案体系建设。\n").Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal(3, paragraphs.Length);
    }

    [Fact]
    public void Form_fields_and_addresses_are_not_joined_to_the_next_line()
    {
        var paragraphs = Read("SOURCE: http://example.gov.cn/a.html\nTITLE: 2024年度测试局整体支出绩效自评报告\n评价年度:2024\n").Blocks.OfType<ParagraphBlock>().ToArray();
        Assert.Equal(3, paragraphs.Length);
        Assert.Contains("http://example.gov.cn", paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_continues_across_blank_lines_and_takes_its_caption_and_unit_note()
    {
        var document = Read("表 3：2023 年部门预算情况\n\n金额单位：基本支出：万元，项目支出：元\n\n支出内容\t\t年初预算\n基本支出\t人员经费\t2752.9\n\n\t<b>基本支出合计</b>\t\t3027.78\n\n后文。\n");
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("表3：2023年部门预算情况", table.Caption);
        Assert.Equal("金额单位：基本支出：万元，项目支出：元", table.UnitNote);
        Assert.Equal(["", "基本支出合计", "", "3027.78"], table.Rows[2].Cells);
        Assert.Equal(8, table.Rows[2].Line);
        Assert.IsType<ParagraphBlock>(document.Blocks[^1]);
    }

    [Theory]
    [InlineData("**2023**年组织安全检查**13.3**万家次", "2023年组织安全检查13.3万家次")]
    [InlineData("<p>深入贯彻落实</p>", "深入贯彻落实")]
    [InlineData("全年执行数４０５１．７４万元，完成９７．１２％", "全年执行数4051.74万元，完成97.12%")]
    [InlineData("同比分别下降20%、25%,其中,道路交通事故7宗(占58.3%)", "同比分别下降20%、25%，其中，道路交通事故7宗（占58.3%）")]
    [InlineData("金额 3,027.78 万元", "金额3,027.78万元")]
    [InlineData("⼀级指标", "一级指标")]
    public void Artefacts_full_width_digits_and_half_width_punctuation_are_normalised(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));
}
