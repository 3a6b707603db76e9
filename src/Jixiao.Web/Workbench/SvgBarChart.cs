using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.Workbench;

/// <summary>
/// A horizontal bar chart as inline SVG, generated on the server (no script, no chart library: the CSP allows inline SVG):
/// one row per bar with its label on the left, the bar scaled to the largest value and the value at its end. The chart
/// carries a title and a description for screen readers.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 600;
    private const int LabelWidth = 250;
    private const int ValueWidth = 48;
    private const int RowHeight = 24;
    private const int BarHeight = 16;

    /// <summary>The chart of these bars (label, value), titled <paramref name="title"/>; an element with id <paramref name="id"/>.</summary>
    public static IHtmlContent Of(string id, string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var svg = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        svg.Append(culture, $"<svg class=\"jx-chart\" id=\"{Encode(id)}\" role=\"img\" aria-labelledby=\"{Encode(id)}-title {Encode(id)}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(culture, $"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>");
        svg.Append(culture, $"<desc id=\"{Encode(id)}-desc\">{Encode(string.Join("；", bars.Select(b => $"{b.Label} {b.Value}")))}</desc>");
        if (bars.Count == 0)
        {
            svg.Append(culture, $"<text x=\"0\" y=\"18\" font-size=\"13\" fill=\"#555\">没有数据</text>");
        }

        var span = Width - LabelWidth - ValueWidth;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * RowHeight + 4;
            var length = value == 0 ? 0 : Math.Max(2, value * span / max);
            svg.Append(culture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" font-size=\"13\" text-anchor=\"end\" fill=\"#222\">{Encode(label)}</text>");
            svg.Append(culture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#2f6fb3\"><title>{Encode(label)}：{value}</title></rect>");
            svg.Append(culture, $"<text x=\"{LabelWidth + length + 4}\" y=\"{y + 13}\" font-size=\"13\" fill=\"#222\">{value}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
