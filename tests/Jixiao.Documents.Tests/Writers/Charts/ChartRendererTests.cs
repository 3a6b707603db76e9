using System.Xml.Linq;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Layout;
using SkiaSharp;

namespace Jixiao.Documents.Tests.Writers.Charts;

public sealed class ChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<ChartKind, int, int> Sizes => new()
    {
        { ChartKind.Bars, 1200, 700 },
        { ChartKind.HorizontalBars, 800, 500 },
    };

    private static Chart Of(ChartKind kind) => kind == ChartKind.Bars ? LayoutSample.Bars : LayoutSample.HorizontalBars;

    /// <summary>The chart drawn as SVG, which must be an XML document with an svg root: the text of each of its text elements.</summary>
    private static List<string> SvgTexts(Chart chart)
    {
        var svg = XDocument.Parse(CjkFont.Required(() => ChartRenderer.Svg(chart)));
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        return [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_PNG_decodes_to_the_size_asked(ChartKind kind, int width, int height)
    {
        var png = CjkFont.Required(() => ChartRenderer.Png(Of(kind), width, height));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void The_default_size_is_1200_by_700()
    {
        using var bitmap = SKBitmap.Decode(CjkFont.Required(() => ChartRenderer.Png(LayoutSample.Bars)));
        Assert.Equal((1200, 700), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.HorizontalBars)]
    public void The_SVG_is_XML_with_the_Chinese_title_legend_and_category_names(ChartKind kind)
    {
        var chart = Of(kind);

        var texts = SvgTexts(chart);

        Assert.Contains(chart.Title, texts);
        Assert.All(chart.Series, s => Assert.Contains(s.Name, texts));
        Assert.All(chart.Categories, c => Assert.Contains(texts, t => t.Replace("\n", string.Empty, StringComparison.Ordinal).Contains(c[..4], StringComparison.Ordinal)));
        Assert.Contains(chart.ValueAxisLabel, texts);
    }

    [Fact]
    public void Horizontal_bars_have_value_labels_and_the_labelled_reference_line()
    {
        var texts = SvgTexts(LayoutSample.HorizontalBars);

        Assert.Contains("时间进度 100%", texts);
        Assert.Contains("98.06", texts);
        Assert.Contains("45.50", texts);
    }

    [Fact]
    public void Values_are_labelled_with_thousands_separators_and_their_own_decimals()
    {
        var texts = SvgTexts(LayoutSample.Bars);

        Assert.Contains("1,515.50", texts);
        Assert.Contains("745.25", texts);
    }

    [Fact]
    public void Value_labels_are_left_out_when_the_bars_are_too_narrow_for_them()
    {
        var categories = Enumerable.Range(1, 20).Select(i => $"第{i}项").ToArray();
        var chart = new Chart("二十个项目", ChartKind.Bars, categories,
            [new ChartSeries("预算", categories.Select(_ => 12345.67m).ToArray()), new ChartSeries("执行", categories.Select(_ => 12000.01m).ToArray())],
            "万元");

        var svg = CjkFont.Required(() => ChartRenderer.Svg(chart));

        Assert.DoesNotContain("12,345.67", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_chart_gives_the_same_image()
    {
        var first = CjkFont.Required(() => ChartRenderer.Png(LayoutSample.HorizontalBars));
        var second = ChartRenderer.Png(LayoutSample.HorizontalBars);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Charts_can_be_drawn_in_parallel()
    {
        var images = CjkFont.Required(() => Enumerable.Range(0, 8).AsParallel().Select(_ => ChartRenderer.Png(LayoutSample.Bars, 400, 300)).ToArray());

        Assert.All(images, image => Assert.Equal(images[0], image));
    }

    [Fact]
    public void A_series_without_a_value_for_each_category_is_refused()
    {
        var chart = LayoutSample.Bars with { Series = [new ChartSeries("预算", [1m])] };

        Assert.Throws<ArgumentException>(() => ChartRenderer.Png(chart));
    }

    [Fact]
    public void The_missing_font_message_names_the_package_to_install() =>
        Assert.Equal(
            "未找到中文字体：生成图表需要安装 fonts-wqy-microhei（apt-get install -y fonts-wqy-microhei）",
            new ChartFontMissingException().Message);
}
