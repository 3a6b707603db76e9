namespace Jixiao.Documents.Writers.Layout;

/// <summary>
/// What a chart shows, independent of how it is drawn: categories along one axis, one bar per series and
/// category, an optional reference line (e.g. the time progress 100%).
/// </summary>
/// <param name="Kind">Vertical grouped bars, or horizontal bars (long Chinese category names).</param>
/// <param name="ValueAxisLabel">e.g. "万元" or "%".</param>
public sealed record Chart(
    string Title,
    ChartKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string ValueAxisLabel,
    ChartReferenceLine? ReferenceLine = null);

/// <summary>A named series with one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>A line across the value axis, e.g. 时间进度 100%.</summary>
public sealed record ChartReferenceLine(decimal Value, string Label);

/// <summary>How a chart draws its bars: vertical grouped bars, or horizontal bars (for long Chinese category names).</summary>
public enum ChartKind
{
    Bars,
    HorizontalBars,
}
