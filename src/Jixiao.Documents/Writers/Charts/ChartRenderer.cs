using System.Globalization;
using Jixiao.Documents.Writers.Layout;
using ScottPlot;

namespace Jixiao.Documents.Writers.Charts;

/// <summary>
/// Draws a layout <see cref="Chart"/> with ScottPlot, as PNG or SVG, with Chinese labels in the system's CJK font
/// (<see cref="ChartFontMissingException"/> when none is installed). <see cref="ChartKind.Bars"/>: grouped vertical bars,
/// one colour per series, categories along the bottom; <see cref="ChartKind.HorizontalBars"/>: the same lying down for
/// long category names (project names), the first category at the top. Both have a legend, the value-axis label, value
/// labels on the bars when there is room for them, and the reference line drawn across with its label. The same chart
/// gives the same image.
/// </summary>
public static class ChartRenderer
{
    /// <summary>Share of a category's width taken by its group of bars.</summary>
    private const double GroupWidth = 0.8;

    /// <summary>
    /// Text sizes in pixels on a chart 1200 pixels wide, scaled with the width: a chart printed across the text width
    /// of an A4 page (156 mm) has its labels at about 9 pt whatever its resolution.
    /// </summary>
    private const float TitleSize = 34;
    private const float TextSize = 24;
    private const float ValueLabelSize = 21;
    private const float DesignWidth = 1200;

    /// <summary>Room left beyond the largest value for the value labels.</summary>
    private const double Headroom = 0.14;

    /// <summary>Category names on the left axis of horizontal bars wrap after this many characters.</summary>
    private const int HorizontalLabelChars = 12;

    /// <summary>Muted colours that stay apart in grey print: blue, orange, green, grey, purple, brown.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#2F5597"), Color.FromHex("#ED7D31"), Color.FromHex("#548235"),
        Color.FromHex("#7F7F7F"), Color.FromHex("#7030A0"), Color.FromHex("#9E480E"),
    ];

    private static readonly Color ReferenceColor = Color.FromHex("#C00000");

    /// <summary>The chart as a PNG image of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] Png(Chart chart, int width = 1200, int height = 700)
    {
        using var plot = Build(chart, width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>The chart as an SVG document of <paramref name="width"/> × <paramref name="height"/> pixels; its text names the CJK font, which the viewer needs too.</summary>
    public static string Svg(Chart chart, int width = 1200, int height = 700)
    {
        using var plot = Build(chart, width, height);
        return plot.GetSvgXml(width, height);
    }

    private static Plot Build(Chart chart, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (chart.Series.FirstOrDefault(s => s.Values.Count != chart.Categories.Count) is { } uneven)
        {
            throw new ArgumentException($"Series '{uneven.Name}' has {uneven.Values.Count} values for {chart.Categories.Count} categories.", nameof(chart));
        }

        var font = ChartFonts.Name;
        var scale = width / DesignWidth;
        var horizontal = chart.Kind == ChartKind.HorizontalBars;
        var plot = new Plot();
        var categories = chart.Categories.Count;
        var series = Math.Max(1, chart.Series.Count);
        var barSize = GroupWidth / series;
        var showValues = ValuesFit(chart, horizontal, width, height, barSize, ValueLabelSize * scale);

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            var bars = chart.Series[s].Values.Select((value, c) => new Bar
            {
                Position = horizontal
                    ? categories - 1 - c + (GroupWidth / 2) - (barSize * (s + 0.5))
                    : c - (GroupWidth / 2) + (barSize * (s + 0.5)),
                Value = (double)value,
                Size = barSize * 0.92,
                FillColor = color,
                LineWidth = 0,
                Label = showValues ? Format(value) : string.Empty,
                Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = chart.Series[s].Name;
            plottable.ValueLabelStyle.FontName = font;
            plottable.ValueLabelStyle.FontSize = ValueLabelSize * scale;
        }

        if (chart.ReferenceLine is { } reference)
        {
            AddReferenceLine(plot, reference, horizontal, categories, font, TextSize * scale);
        }

        var positions = Enumerable.Range(0, categories).Select(c => (double)(horizontal ? categories - 1 - c : c)).ToArray();
        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        var labelChars = horizontal ? HorizontalLabelChars : Math.Max(2, (int)(width * 0.86 / Math.Max(1, categories) / (TextSize * scale)));
        categoryAxis.SetTicks(positions, chart.Categories.Select(c => Wrap(c, labelChars)).ToArray());
        valueAxis.Label.Text = chart.ValueAxisLabel;
        valueAxis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { TickDensity = 0.6 };

        var (low, high) = ValueRange(chart);
        if (horizontal)
        {
            plot.Axes.SetLimits(low, high, -0.5, categories - 0.5);
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Axes.SetLimits(-0.5, categories - 0.5, low, high);
            plot.Grid.XAxisStyle.IsVisible = false;
        }

        plot.Title(chart.Title, TitleSize * scale);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = TextSize * scale;
        plot.Font.Set(font);
        foreach (var axis in new[] { categoryAxis, valueAxis })
        {
            axis.TickLabelStyle.FontSize = TextSize * scale;
            axis.Label.FontSize = TextSize * scale;
        }

        return plot;
    }

    /// <summary>
    /// The dashed reference line across the value axis with its label: above the plot where a vertical line meets the
    /// top edge (horizontal bars), at the right end above the line otherwise (a label on the right axis would be turned on its side).
    /// </summary>
    private static void AddReferenceLine(Plot plot, ChartReferenceLine reference, bool horizontal, int categories, string font, float textSize)
    {
        var value = (double)reference.Value;
        if (horizontal)
        {
            var line = plot.Add.VerticalLine(value, 3, ReferenceColor, LinePattern.Dashed);
            line.Text = reference.Label;
            line.LabelFontName = font;
            line.LabelFontSize = textSize;
            line.LabelOppositeAxis = true;
            return;
        }

        plot.Add.HorizontalLine(value, 3, ReferenceColor, LinePattern.Dashed);
        var label = plot.Add.Text(reference.Label, categories - 0.5, value);
        label.Alignment = Alignment.LowerRight;
        label.LabelFontName = font;
        label.LabelFontSize = textSize;
        label.LabelFontColor = ReferenceColor;
        label.LabelBackgroundColor = Colors.White;
        label.OffsetY = -3;
    }

    /// <summary>The value axis from zero (or the lowest value) to the highest value or reference line, with room for the labels.</summary>
    private static (double Low, double High) ValueRange(Chart chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).Select(v => (double)v)
            .Concat(chart.ReferenceLine is { } reference ? [(double)reference.Value] : [])
            .ToArray();
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, values.DefaultIfEmpty(0).Max());
        var span = high - low > 0 ? high - low : 1;
        return (low < 0 ? low - (span * Headroom) : 0, high + (span * Headroom));
    }

    /// <summary>Value labels are drawn only when each fits across its bar (vertical) or within its height (horizontal).</summary>
    private static bool ValuesFit(Chart chart, bool horizontal, int width, int height, double barSize, float labelSize)
    {
        var categories = Math.Max(1, chart.Categories.Count);
        if (horizontal)
        {
            var barPixels = height * 0.7 / categories * barSize;
            return barPixels >= labelSize * 1.1;
        }

        var widest = chart.Series.SelectMany(s => s.Values).Select(v => Format(v).Length).DefaultIfEmpty(0).Max();
        var barWidth = width * 0.86 / categories * barSize;
        return widest * labelSize * 0.6 <= barWidth * 1.2;
    }

    /// <summary>A value as the report prints it: thousands separators, the decimals it was given with.</summary>
    private static string Format(decimal value) => value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Breaks a long category name into lines of at most <paramref name="chars"/> characters, as even as they can be.</summary>
    private static string Wrap(string text, int chars)
    {
        if (text.Length <= chars)
        {
            return text;
        }

        var lines = (text.Length + chars - 1) / chars;
        return string.Join('\n', text.Chunk((text.Length + lines - 1) / lines).Select(part => new string(part)));
    }
}
