using Jixiao.Domain.Claims;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// The indicator sentences of 绩效管理情况 and 履职效能分析: counts are computed from the indicator table, never
/// copied from a stated sentence, so they agree with the table by construction; completion bands are computed from
/// the actual values when every indicator of the category has one (DOMAIN §6.3), else taken from the model's
/// statements (there is nothing to compute them from).
/// </summary>
internal static class IndicatorParagraphs
{
    private static readonly Dictionary<IndicatorCategory, IndicatorSubcategory[]> Frameworks = new()
    {
        [IndicatorCategory.Output] = [IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Timeliness, IndicatorSubcategory.Cost],
        [IndicatorCategory.Benefit] = [IndicatorSubcategory.Economic, IndicatorSubcategory.Social, IndicatorSubcategory.Ecological, IndicatorSubcategory.Sustainable],
        [IndicatorCategory.Satisfaction] = [IndicatorSubcategory.ServiceSatisfaction],
        [IndicatorCategory.Cost] = [IndicatorSubcategory.Cost],
    };

    /// <summary>The categories in use, in framework order (产出, 效益, 满意度, 成本).</summary>
    public static IReadOnlyList<IndicatorCategory> Categories(PerformanceTargetTable targets) =>
        Enum.GetValues<IndicatorCategory>().Where(c => targets.Indicators.Any(i => i.Category == c)).ToArray();

    /// <summary>"设置产出指标7个，其中数量指标2个，质量指标2个，时效指标3个，成本指标0个"</summary>
    public static string Count(PerformanceTargetTable targets, IndicatorCategory category)
    {
        var indicators = targets.Indicators.Where(i => i.Category == category).ToArray();
        var subcategories = Frameworks[category]
            .Concat(indicators.Select(i => i.Subcategory).OfType<IndicatorSubcategory>())
            .Distinct()
            .ToArray();
        var parts = subcategories.Select(s => $"{IndicatorNames.Subcategory(s)}{indicators.Count(i => i.Subcategory == s)}个");
        var text = $"设置{IndicatorNames.Category(category)}{indicators.Length}个";
        return text + "，其中" + string.Join("，", parts);
    }

    /// <summary>"部门整体共设立产出指标7个、效益指标7个、满意度指标1个。"</summary>
    public static string Summary(PerformanceTargetTable targets, int? year) =>
        (year is { } y ? $"{y}年本部门" : "本部门") + "预算申报时编制了部门整体绩效目标和绩效指标，部门整体共设立"
        + string.Join("、", Categories(targets).Select(c => $"{IndicatorNames.Category(c)}{targets.Indicators.Count(i => i.Category == c)}个")) + "。";

    /// <summary>The completion bands of DOMAIN §6.3, highest first, as fractions (1 = 100%).</summary>
    private static readonly (decimal Lower, decimal Upper)[] Bands = [(1.0m, 1.5m), (0.8m, 1.0m), (0.6m, 0.8m), (0m, 0.6m)];

    /// <summary>The completion paragraph of one category: its counts, then its bands ("完成率在100-150%的指标有7个，合计得分为100分").</summary>
    public static string Completion(PerformanceTargetTable targets, IndicatorCategory category, IEnumerable<CompletionBandClaim> bands, int? year)
    {
        var text = (year is { } y ? $"{y}年共" : "共") + Count(targets, category);
        var sentences = Computed(targets.Indicators.Where(i => i.Category == category).ToArray())
            ?? bands.Where(b => b.Category == category).Select(b =>
                $"完成率在{b.LowerPercent:0.##}-{b.UpperPercent:0.##}%的指标有{Figures.Plain(b.Count)}个" + (b.TotalScore is { } score ? $"，合计得分为{Figures.Plain(score)}分" : string.Empty)).ToArray();
        return text + (sentences.Length > 0 ? "；" + string.Join("；", sentences) : string.Empty) + "。";
    }

    /// <summary>The bands of indicators whose completion can be computed, with the sum of their stated scores; null unless every indicator has a rate.</summary>
    private static string[]? Computed(IReadOnlyList<Indicator> indicators)
    {
        var rated = indicators.Select(i => (Indicator: i, Rate: IndicatorCompletion.Rate(i))).ToArray();
        if (rated.Length == 0 || rated.Any(r => r.Rate is null))
        {
            return null;
        }

        var sentences = new List<string>();
        foreach (var (lower, upper) in Bands)
        {
            var inBand = rated.Where(r => r.Rate >= lower && (r.Rate < upper || (upper == 1.5m && r.Rate == upper))).ToArray();
            if (inBand.Length > 0)
            {
                var scores = inBand.Select(r => r.Indicator.Score).ToArray();
                var total = scores.All(s => s is not null) ? $"，合计得分为{IndicatorScorer.N(scores.Sum(s => s!.Value))}分" : string.Empty;
                sentences.Add($"完成率在{lower * 100:0}-{upper * 100:0}%的指标有{inBand.Length}个{total}");
            }
        }

        var over = rated.Count(r => r.Rate > 1.5m);
        if (over > 0)
        {
            sentences.Add($"完成率超过150%的指标有{over}个（指标值可能定得过低）");
        }

        return sentences.ToArray();
    }
}
