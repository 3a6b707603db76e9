using System.Globalization;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The distributions the dashboard page draws (as <c>SvgBarChart</c>s): reports per band of execution rate, per band of
/// score (recomputed, else stated), per grade, and findings per rule (the rules with most findings first).
/// </summary>
public static class DashboardCharts
{
    /// <summary>Rules shown in the findings chart; the rest are in the totals.</summary>
    public const int RulesShown = 12;

    private static readonly (decimal Below, string Label)[] RateBands =
        [(60m, "低于 60%"), (80m, "60%–80%"), (90m, "80%–90%"), (95m, "90%–95%"), (100m, "95%–100%"), (decimal.MaxValue, "100% 及以上")];

    private static readonly (decimal Below, string Label)[] ScoreBands =
        [(60m, "低于 60 分"), (70m, "60–70 分"), (80m, "70–80 分"), (90m, "80–90 分"), (decimal.MaxValue, "90 分及以上")];

    /// <summary>Reports per execution-rate band, and those that state none.</summary>
    public static IReadOnlyList<(string Label, int Value)> ExecutionRates(DashboardView view) =>
        Bands(view, i => i.ExecutionRate, RateBands, "未列执行率");

    /// <summary>Reports per score band (the recomputed score, else the stated one), and those with neither.</summary>
    public static IReadOnlyList<(string Label, int Value)> Scores(DashboardView view) =>
        Bands(view, i => i.Score.Recomputed ?? i.Score.Stated, ScoreBands, "无得分");

    /// <summary>Reports per grade of their 结果应用 suggestion ("未定级" without one).</summary>
    public static IReadOnlyList<(string Label, int Value)> Grades(DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. view.Totals.ByGrade.Select(g => (g.Key, g.Value))];
    }

    /// <summary>Findings per rule, the <see cref="RulesShown"/> rules with most findings.</summary>
    public static IReadOnlyList<(string Label, int Value)> Rules(DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. view.Totals.ByRule.Take(RulesShown).Select(r => (r.Title.Length > 0 ? $"{r.RuleId} {Shorten(r.Title)}" : r.RuleId, r.Findings))];
    }

    private static List<(string Label, int Value)> Bands(
        DashboardView view, Func<DashboardItem, decimal?> value, (decimal Below, string Label)[] bands, string missing)
    {
        ArgumentNullException.ThrowIfNull(view);
        var counts = new int[bands.Length + 1];
        foreach (var item in view.Items)
        {
            counts[value(item) is { } v ? Array.FindIndex(bands, b => v < b.Below) : bands.Length]++;
        }

        return [.. bands.Select((b, i) => (b.Label, counts[i])), (missing, counts[^1])];
    }

    private static string Shorten(string title) =>
        new StringInfo(title) is { LengthInTextElements: > 12 } info ? info.SubstringByTextElements(0, 12) + "…" : title;
}
