using Jixiao.Documents.Html;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Tests.Html;

public sealed class HtmlReaderTests
{
    private const string Title = "2023年度广州市示例区测试局部门整体支出绩效自评报告";

    /// <summary>An article as a content system publishes it: Word-style paragraphs, bold numbered headings, 表3 with merged cells.</summary>
    private const string Article = """
        <p style="text-align:center"><strong><span style="font-size:22px">2023年度广州市示例区测试局部门整体支出绩效自评报告</span></strong></p>
        <p>&nbsp;</p>
        <p style="text-indent:2em"><strong>一、部门基本情况</strong></p>
        <h3>（一）部门职能</h3>
        <p style="text-indent:2em">1.负责全区测试工作的<span>统筹</span><a href="/zc/1.html">协调</a>。</p>
        <p style="text-indent:2em">2023年本单位预算收入&nbsp;<span style="font-family:仿宋">150.00</span>&nbsp;万元，调整预算数 160.00 万元，决算数 155.00 万元。</p>
        <p>第一行<br>第二行<br/>第三行</p>
        <p style="text-align:center">表 3：2023 年部门预算情况</p>
        <p style="text-align:right">金额单位：万元</p>
        <table border="1" cellspacing="0" cellpadding="0">
          <tbody>
            <tr><td colspan="2" rowspan="2"><p>支出内容</p></td><td rowspan="2">年初预算</td><td colspan="2">预算调整</td><td rowspan="2">实际支出</td></tr>
            <tr><td>调增数</td><td>调减数</td></tr>
            <tr><td rowspan="3">基本支出</td><td>人员经费</td><td>80.00</td><td>10.00</td><td>0</td><td>88.00</td></tr>
            <tr><td>日常公用经费</td><td>20.00</td><td>0</td><td>0</td><td>17.00</td></tr>
            <tr><td><strong>基本支出合计</strong></td><td>100.00</td><td>10.00</td><td>0</td><td>105.00</td></tr>
          </tbody>
        </table>
        <h2>二、绩效自评情况</h2>
        <ul><li>个别指标设置不够细化。</li><li>进一步细化绩效指标。</li></ul>
        """;

    private static DocumentText Read(string html)
    {
        var outcome = new HtmlReader(ReaderLimits.Default).Read("page.html", html);
        Assert.Null(outcome.Failure);
        return outcome.Document!;
    }

    private static IEnumerable<string> TextsOf(DocumentText document) => document.Blocks.SelectMany(b => b switch
    {
        HeadingBlock h => [h.Numbering + h.Text],
        ParagraphBlock p => [p.Text],
        TableBlock t => t.Rows.SelectMany(r => r.Cells).Append(t.Caption ?? string.Empty).Append(t.UnitNote ?? string.Empty),
        _ => [],
    });

    [Fact]
    public void The_site_furniture_is_dropped_and_the_publisher_date_and_address_are_kept()
    {
        var document = Read(GovernmentPages.Page(Title, Article));

        var all = string.Join("\n", TextsOf(document));
        foreach (var word in GovernmentPages.FurnitureWords)
        {
            Assert.DoesNotContain(word, all, StringComparison.Ordinal);
        }

        Assert.Equal("html", document.Source.Format);
        Assert.Equal(GovernmentPages.Publisher, document.Source.Publisher);
        Assert.Equal(GovernmentPages.PublishedOn, document.Source.PublishedOn);
        Assert.Equal(GovernmentPages.Address, document.Source.Address);
    }

    [Fact]
    public void The_article_title_is_the_first_heading_and_is_not_repeated()
    {
        var document = Read(GovernmentPages.Page(Title, Article));

        var first = Assert.IsType<HeadingBlock>(document.Blocks[0]);
        Assert.Equal((NumberingKind.None, Title), (first.Kind, first.Text));
        Assert.Single(TextsOf(document), t => t.Contains("自评报告", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_article_heading_the_page_title_without_the_site_name_is_the_title()
    {
        var document = Read(GovernmentPages.Page(Title, Article.Replace("<p style=\"text-align:center\"><strong><span style=\"font-size:22px\">2023年度广州市示例区测试局部门整体支出绩效自评报告</span></strong></p>", string.Empty, StringComparison.Ordinal), withArticleTitle: false));

        var first = Assert.IsType<HeadingBlock>(document.Blocks[0]);
        Assert.Equal(Title, first.Text);
    }

    [Fact]
    public void Headings_are_recognised_from_h_elements_and_from_numbered_bold_paragraphs()
    {
        var headings = Read(GovernmentPages.Page(Title, Article)).Blocks.OfType<HeadingBlock>().ToArray();

        Assert.Equal(
            [(NumberingKind.None, "", Title), (NumberingKind.ChineseNumeral, "一、", "部门基本情况"), (NumberingKind.BracketedChineseNumeral, "（一）", "部门职能"), (NumberingKind.ChineseNumeral, "二、", "绩效自评情况")],
            headings.Select(h => (h.Kind, h.Numbering, h.Text)));
    }

    [Fact]
    public void Inline_elements_are_joined_a_line_break_splits_and_list_items_are_paragraphs()
    {
        var paragraphs = Read(GovernmentPages.Page(Title, Article)).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

        Assert.Equal(
            [
                "1.负责全区测试工作的统筹协调。",
                "2023年本单位预算收入150.00万元，调整预算数160.00万元，决算数155.00万元。",
                "第一行", "第二行", "第三行",
                "个别指标设置不够细化。", "进一步细化绩效指标。",
            ],
            paragraphs);
    }

    [Fact]
    public void Rowspan_and_colspan_are_expanded_with_the_spanned_positions_empty()
    {
        var table = Assert.Single(Read(GovernmentPages.Page(Title, Article)).Blocks.OfType<TableBlock>());

        Assert.Equal("表3：2023年部门预算情况", table.Caption);
        Assert.Equal("金额单位：万元", table.UnitNote);
        Assert.Equal(
            [
                ["支出内容", "", "年初预算", "预算调整", "", "实际支出"],
                ["", "", "", "调增数", "调减数", ""],
                ["基本支出", "人员经费", "80.00", "10.00", "0", "88.00"],
                ["", "日常公用经费", "20.00", "0", "0", "17.00"],
                ["", "基本支出合计", "100.00", "10.00", "0", "105.00"],
            ],
            table.Rows.Select(r => r.Cells.ToArray()));
    }

    [Fact]
    public void Lines_are_ordinals_of_the_blocks_in_reading_order_and_each_table_row_has_its_own()
    {
        var document = Read(GovernmentPages.Page(Title, Article));

        var lines = document.Blocks.SelectMany(b => b is TableBlock t ? t.Rows.Select(r => r.Line) : [b.Line]).ToArray();
        Assert.Equal(1, lines[0]);
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        var table = document.Blocks.OfType<TableBlock>().Single();
        Assert.Equal(Enumerable.Range(table.Rows[0].Line, 5), table.Rows.Select(r => r.Line));
        Assert.All(document.Blocks, b => Assert.Null(b.Page));
    }

    [Fact]
    public void A_nested_table_leaves_its_text_in_the_cell_and_follows_the_table_holding_it()
    {
        var document = Read(GovernmentPages.Page(Title, """
            <p>一、部门基本情况</p>
            <table>
              <caption>表 1：部门整体支出绩效目标表</caption>
              <tr><th>部门名称</th><td>广州市示例区测试局</td></tr>
              <tr><th>绩效指标</th><td><table><tr><td>检查企业数量</td><td>≥100家</td></tr><tr><td>群众满意度</td><td>≥90%</td></tr></table></td></tr>
            </table>
            <p>以上为目标表。</p>
            """));

        var tables = document.Blocks.OfType<TableBlock>().ToArray();
        Assert.Equal(2, tables.Length);
        Assert.Equal("表1：部门整体支出绩效目标表", tables[0].Caption);
        Assert.Equal(["绩效指标", "检查企业数量≥100家群众满意度≥90%"], tables[0].Rows[1].Cells);
        Assert.Equal([["检查企业数量", "≥100家"], ["群众满意度", "≥90%"]], tables[1].Rows.Select(r => r.Cells.ToArray()));
        Assert.True(tables[1].Line > tables[0].Rows[^1].Line);
        Assert.IsType<ParagraphBlock>(document.Blocks[^1]);
    }

    [Fact]
    public void A_layout_table_around_the_article_is_read_as_running_text()
    {
        var document = Read($$"""
            <html><head><title>{{Title}}</title></head><body>
            <table width="100%"><tr><td class="left"><a href="/">首页</a><br><a href="/a">机构概况</a></td>
            <td class="right">
              <p>一、部门基本情况</p>
              <p>本局负责全区测试工作的统筹协调，内设机构3个。</p>
              <table border="1"><tr><td>部门名称</td><td>广州市示例区测试局</td></tr><tr><td>基本支出</td><td>100.00</td></tr></table>
              <p>二、绩效自评情况</p>
              <p>全年预算数160.00万元，执行数155.00万元。</p>
            </td></tr></table>
            </body></html>
            """);

        Assert.Equal(
            ["HeadingBlock", "HeadingBlock", "ParagraphBlock", "TableBlock", "HeadingBlock", "ParagraphBlock"],
            document.Blocks.Select(b => b.GetType().Name));
        Assert.Equal(2, document.Blocks.OfType<TableBlock>().Single().Rows.Count);
    }

    [Fact]
    public void Publication_fields_printed_as_lines_or_list_items_are_read_and_dropped()
    {
        var document = Read($$"""
            <html><head><title>红河州示例中心2024年度部门整体支出绩效单位自评报告</title>
            <meta name="PubDate" content="2025-04-18 09:30"></head><body>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; 预算绩效管理</div>
            <ul class="xxgk">
              <li>索引号: zsjfzzx/2025-00001</li><li>发布机构: 红河州示例中心</li><li>文号:</li><li>发布日期: 2025-04-18</li><li>时效性: 有效</li>
            </ul>
            <div class="content">
              <p>红河州示例中心2024年度部门整体支出绩效单位自评报告</p>
              <p>一、部门基本情况</p>
              <p>红河州示例中心负责全州数据基础设施一体化建设、管理和运维。</p>
            </div>
            </body></html>
            """);

        Assert.Equal(("红河州示例中心", "2025-04-18"), (document.Source.Publisher, document.Source.PublishedOn));
        Assert.Null(document.Source.Address);
        Assert.Equal(
            ["红河州示例中心2024年度部门整体支出绩效单位自评报告", "一、部门基本情况", "红河州示例中心负责全州数据基础设施一体化建设、管理和运维。"],
            TextsOf(document));
    }

    [Theory]
    [InlineData("<div class=\"info\">信息来源:城管执法局 作者:城管执法局 浏览量: 字体:【大 中 小】</div><div>发文日期: 2020-07-27 08:25</div>", "", "城管执法局", "2020-07-27")]
    [InlineData("<table><tr><td>发文单位</td><td>示例县司法局</td><td>发布时间</td><td>2021年6月30日</td></tr></table>", "", "示例县司法局", "2021-06-30")]
    [InlineData("<p>来源：示例市财政局　发布日期：2025/4/16</p>", "", "示例市财政局", "2025-04-16")]
    [InlineData("<p>浏览次数：12</p>", "<meta name=\"ContentSource\" content=\"示例市发展和改革局\"><meta name=\"PubDate\" content=\"2022-05-09 16:20\">", "示例市发展和改革局", "2022-05-09")]
    [InlineData("<p>发布机构：</p><p>文号：</p>", "", null, null)]
    public void The_publisher_and_date_are_read_however_the_page_prints_them(string info, string head, string? publisher, string? date)
    {
        var document = Read($$"""
            <html><head><title>{{Title}}</title>{{head}}</head><body>
            {{info}}
            <div class="content"><p>一、部门基本情况</p><p>资金来源：财政拨款。本局负责全区测试工作的统筹协调。</p></div>
            </body></html>
            """);

        Assert.Equal((publisher, date), (document.Source.Publisher, document.Source.PublishedOn));
        Assert.Equal([Title, "一、部门基本情况", "资金来源：财政拨款。本局负责全区测试工作的统筹协调。"], TextsOf(document));
    }

    [Fact]
    public void Scripts_styles_and_comments_are_never_read()
    {
        var document = Read($$"""
            <html><head><title>{{Title}}</title><style>p { color: red }</style></head><body>
            <script>document.write('<p>脚本写入的段落</p>');</script>
            <noscript>请开启浏览器的脚本功能</noscript>
            <!-- <p>注释中的段落</p> -->
            <p>一、部门基本情况</p><p>正文段落。</p>
            </body></html>
            """);

        Assert.Equal([Title, "一、部门基本情况", "正文段落。"], TextsOf(document));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>正文</p></body></html>")]
    [InlineData("\uFEFF<!-- saved from url=(0047)https://www.example.gov.cn/ -->\n<html>\n<head>")]
    [InlineData("<meta charset=\"gb2312\">\n<title>报告</title>\n<p>正文</p>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">")]
    public void Web_pages_are_recognised_by_their_opening_markup(string start) => Assert.True(HtmlSniffer.IsHtml(start));

    [Theory]
    [InlineData("<p>深入贯彻落实</p>\n一、部门基本情况")]
    [InlineData("# 2023年度测试局部门整体支出绩效自评报告\n<b>一、</b>")]
    public void Text_with_markup_artefacts_is_not_taken_for_a_web_page(string start) => Assert.False(HtmlSniffer.IsHtml(start));

    [Fact]
    public void Several_comments_may_precede_the_markup_and_many_without_it_are_rejected_at_once()
    {
        Assert.True(HtmlSniffer.IsHtml("<!-- saved -->\n<!-- mirror -->\n<html>"));

        // With the comments as a repeated group this took time exponential in their number (minutes for 40).
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(HtmlSniffer.IsHtml(string.Concat(Enumerable.Repeat("<!---->", 280)) + "正文"));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }
}
