using System.Globalization;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Synthetic;

/// <summary>
/// Draws the indicators of the 部门整体支出绩效目标表 (产出: 数量, 质量, 时效, 成本; 效益: 社会, 生态, 可持续影响; 满意度)
/// and the completion-band statements of 履职效能分析 that go with them.
/// </summary>
internal static class IndicatorDraw
{
    /// <summary>How many indicators of each level-2 category a table has (inclusive range).</summary>
    private static readonly (IndicatorSubcategory Subcategory, int Min, int Max)[] Counts =
    [
        (IndicatorSubcategory.Quantity, 3, 4), (IndicatorSubcategory.Quality, 2, 4), (IndicatorSubcategory.Timeliness, 1, 3),
        (IndicatorSubcategory.Cost, 1, 2), (IndicatorSubcategory.Social, 2, 3), (IndicatorSubcategory.Ecological, 0, 1),
        (IndicatorSubcategory.Sustainable, 0, 1), (IndicatorSubcategory.ServiceSatisfaction, 1, 2),
    ];

    public static IReadOnlyList<Indicator> Draw(Draws draw, string field)
    {
        var indicators = new List<Indicator>();
        foreach (var (subcategory, min, max) in Counts)
        {
            var templates = IndicatorTemplate.All.Where(t => t.Subcategory == subcategory).ToArray();
            foreach (var template in draw.Sample(templates, Math.Min(draw.Int(min, max), templates.Length)))
            {
                var name = string.Format(CultureInfo.InvariantCulture, template.Name, field);
                var target = Target(draw, template);
                indicators.Add(new Indicator(template.Category, subcategory, IndicatorNames.Category(template.Category), IndicatorNames.Subcategory(subcategory),
                    name, target, target, TargetParser.Parse(target, name), null, null, null, SourceLocation.Unknown));
            }
        }

        return indicators;
    }

    /// <summary>"≥2000家", "≥95%", "100%", "≤500元", "0次".</summary>
    private static string Target(Draws draw, IndicatorTemplate template)
    {
        var value = draw.Int(template.Min, template.Max);
        if (template.Unit == "%" && value == 100)
        {
            return "100%";
        }

        return (value == 0 ? string.Empty : template.Sign) + value.ToString(CultureInfo.InvariantCulture) + template.Unit;
    }

    /// <summary>
    /// "完成率在100-150%的指标有N个，合计得分为S分" for each category, and the 80–100% band for the rest: each indicator
    /// weighs 100 ÷ n points, fully scored in the upper band and at its completion rate in the lower one.
    /// </summary>
    public static IEnumerable<Claim> Bands(Draws draw, IReadOnlyList<Indicator> indicators)
    {
        foreach (var category in indicators.Select(i => i.Category).Distinct())
        {
            var n = indicators.Count(i => i.Category == category);
            var met = n - draw.Int(0, Math.Min(2, n - 1));
            var weight = 100m / n;
            yield return new CompletionBandClaim(category, 100m, 150m, Printed.Count(met, "个"), Printed.Score(Printed.Round(weight * met)), SourceLocation.Unknown);
            if (met < n)
            {
                var partial = Enumerable.Range(0, n - met).Sum(_ => weight * draw.Fraction(0.8m, 0.99m));
                yield return new CompletionBandClaim(category, 80m, 100m, Printed.Count(n - met, "个"), Printed.Score(Printed.Round(partial)), SourceLocation.Unknown);
            }
        }
    }
}
