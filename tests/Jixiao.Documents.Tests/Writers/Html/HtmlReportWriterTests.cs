using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Jixiao.Documents.Html;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Writers.Html;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using SkiaSharp;

namespace Jixiao.Documents.Tests.Writers.Html;

/// <summary>
/// The HTML writer on <see cref="LayoutSample"/>: one self-contained, well-formed page with the print styles,
/// read back by our own loader block for block, and rendered by headless Chromium (skipped locally without it, failed in CI).
/// </summary>
public sealed class HtmlReportWriterTests
{
    private static readonly Lazy<string> Page = new(() => CjkFont.Required(() => HtmlReportWriter.Write(LayoutSample.Document())));

    private static IHtmlDocument Parse(List<string>? errors = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        parser.Error += (_, e) => errors?.Add(e.ToString() ?? string.Empty);
        return parser.ParseDocument(Page.Value);
    }

    [Fact]
    public void The_page_parses_without_errors_as_a_UTF8_page_in_Simplified_Chinese()
    {
        var errors = new List<string>();
        using var document = Parse(errors);

        Assert.Empty(errors);
        Assert.StartsWith("<!DOCTYPE html>", Page.Value, StringComparison.Ordinal);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal(string.Concat(LayoutSample.Title), document.Title);
        Assert.True(HtmlSniffer.IsHtml(Page.Value));
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        using var document = Parse();

        Assert.Empty(document.QuerySelectorAll("link, script, iframe, object, embed, base"));
        Assert.All(document.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:image/png;base64,", e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(document.QuerySelectorAll("[href]"));
        foreach (var reference in new[] { "http:", "https:", "//", "url(", "@import" })
        {
            Assert.DoesNotContain(reference, document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        }

        var attributes = document.All.SelectMany(e => e.Attributes).Where(a => a.Name != "src").Select(a => a.Value);
        Assert.All(attributes, value => Assert.DoesNotContain("//", value, StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_tables_figures_and_the_page_break_have_their_elements()
    {
        using var document = Parse();

        Assert.Equal(LayoutSample.Title, document.QuerySelector("h1")!.ChildNodes.Where(n => n.NodeName != "BR").Select(n => n.TextContent));
        var headings = document.QuerySelectorAll("h2, h3, h4, h5").Select(h => (int.Parse(h.LocalName[1..]) - 1, h.TextContent));
        Assert.Equal(LayoutSample.Headings, headings);

        var table = document.QuerySelector("table")!;
        Assert.Equal(2, table.QuerySelectorAll("thead tr").Length);
        Assert.All(table.QuerySelectorAll("thead tr > *"), cell => Assert.Equal("TH", cell.TagName));
        Assert.Equal("2", table.QuerySelectorAll("th").Single(c => c.TextContent == "预算数").GetAttribute("colspan"));
        Assert.Equal("2", table.QuerySelectorAll("td").Single(c => c.TextContent == "基本支出").GetAttribute("rowspan"));
        Assert.Equal("2", table.QuerySelectorAll("tr.total td")[0].GetAttribute("colspan"));
        Assert.Equal(16, table.QuerySelectorAll("td.r").Length);
        Assert.Equal("公用经费&其他", table.QuerySelectorAll("td").Single(c => c.TextContent.StartsWith("公用", StringComparison.Ordinal)).TextContent);

        Assert.Equal(LayoutSample.Caption, document.QuerySelector("p.caption")!.TextContent);
        Assert.Equal(LayoutSample.UnitNote, document.QuerySelector("p.unit")!.TextContent);
        Assert.Equal(LayoutSample.FigureCaptions, document.QuerySelectorAll("figure figcaption").Select(c => c.TextContent));
        Assert.Equal(LayoutSample.FigureCaptions, document.QuerySelectorAll("figure img").Select(i => i.GetAttribute("alt")));
        Assert.Equal(LayoutSample.HeadingAfterPageBreak, document.QuerySelector(".page-break")!.NextElementSibling!.TextContent);
        Assert.Equal(LayoutSample.Issuer, document.QuerySelector("p.issuer")!.TextContent);
    }

    [Fact]
    public void Text_is_HTML_encoded()
    {
        Assert.Contains("资金到位率&lt;100%的项目有2个，“A&amp;B”两类资金", Page.Value, StringComparison.Ordinal);
        Assert.Contains("应急物资储备&lt;一期&gt;", Page.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<一期>", Page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_are_inlined_PNG_images()
    {
        using var document = Parse();

        var images = document.QuerySelectorAll("figure img").Select(i => i.GetAttribute("src")!["data:image/png;base64,".Length..]).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, image =>
        {
            using var bitmap = SKBitmap.Decode(Convert.FromBase64String(image));
            Assert.Equal((1200, 700), (bitmap.Width, bitmap.Height));
        });
    }

    [Fact]
    public void The_styles_print_A4_with_the_official_margins_and_keep_table_headers_and_rows_together()
    {
        var style = Page.Value;

        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", style, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", style, StringComparison.Ordinal);
        Assert.Contains("tr { break-inside: avoid; page-break-inside: avoid; }", style, StringComparison.Ordinal);
        Assert.Contains(".page-break { break-before: page;", style, StringComparison.Ordinal);
        Assert.Contains("text-indent: 2em", style, StringComparison.Ordinal);
        Assert.Contains("font-family: \"FangSong\", \"仿宋\", \"Noto Serif CJK SC\", \"WenQuanYi Micro Hei\", serif", style, StringComparison.Ordinal);
        Assert.Contains("font-family: \"SimHei\", \"黑体\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif", style, StringComparison.Ordinal);
    }

    [Fact]
    public void Our_reader_reads_back_the_headings_paragraphs_and_table()
    {
        var outcome = new HtmlReader(ReaderLimits.Default).Read("report.html", Page.Value);

        LayoutSampleReadBack.AssertBlocks(Assert.IsType<DocumentText>(outcome.Document), [string.Concat(LayoutSample.Title)], i => LayoutSample.FigureCaptions[i]);
    }

    [Fact]
    public void The_loader_recognises_the_page_and_reads_its_title_and_sections()
    {
        var (report, failure) = new ReportLoader().Load("report.html", System.Text.Encoding.UTF8.GetBytes(Page.Value));

        Assert.Null(failure);
        LayoutSampleReadBack.AssertReport(report);
        Assert.Equal("html", report!.Source!.Format);
    }

    [Fact]
    public void Headless_Chromium_renders_the_page()
    {
        using var folder = new TempFolder();
        var html = folder.File("report.html", Page.Value);
        var artefacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artefacts")).FullName;
        var png = Path.Combine(artefacts, "html-report-chromium.png");
        File.Delete(png);
        File.Copy(html, Path.Combine(artefacts, "html-report.html"), overwrite: true);

        Chromium.Screenshot(html, png);

        TestContext.Current.TestOutputHelper?.WriteLine($"Chromium screenshot of the page: {png}");
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((1240, 1754), (bitmap.Width, bitmap.Height));
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                var pixel = bitmap.GetPixel(x, y);
                inked += pixel.Red + pixel.Green + pixel.Blue < 200 ? 1 : 0;
            }
        }

        Assert.True(inked > 500, $"the screenshot has hardly any dark pixels ({inked}): the page did not render");
    }
}
