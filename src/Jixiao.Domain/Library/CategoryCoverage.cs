using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// Which categories a set of indicators leaves out (DOMAIN §5.3 item 16): 产出 (with 数量, 质量, 时效), 成本, 效益 and
/// 满意度 should each be present. A 成本指标 under 产出指标 counts as 成本指标; 服务对象满意度 counts as 满意度指标 wherever filed.
/// </summary>
public static class CategoryCoverage
{
    /// <summary>The gaps of <paramref name="indicators"/> without candidates; none when there are no indicators at all.</summary>
    public static IReadOnlyList<MissingCategory> Missing(IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0)
        {
            return [];
        }

        var keys = indicators.Select(i => LibraryKey.Of(i.Category, i.Subcategory, i.Name).Category).ToHashSet();
        var subcategories = indicators.Select(i => i.Subcategory).OfType<IndicatorSubcategory>().ToHashSet();
        var count = indicators.Count;
        var missing = new List<MissingCategory>();
        if (!keys.Contains(IndicatorCategory.Output))
        {
            missing.Add(Gap(IndicatorCategory.Output, null, $"{count} 个指标中没有产出指标：产出指标说明做了多少、做得怎样、是否及时"));
        }
        else
        {
            foreach (var sub in (IndicatorSubcategory[])[IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Timeliness])
            {
                if (!subcategories.Contains(sub))
                {
                    missing.Add(Gap(IndicatorCategory.Output, sub, $"产出指标中没有{IndicatorNames.Subcategory(sub)}"));
                }
            }
        }

        if (!keys.Contains(IndicatorCategory.Cost))
        {
            missing.Add(Gap(IndicatorCategory.Cost, null, $"{count} 个指标中没有成本指标：财预〔2021〕101号把成本指标列为一级指标（经济成本、社会成本、生态环境成本）"));
        }

        if (!keys.Contains(IndicatorCategory.Benefit))
        {
            missing.Add(Gap(IndicatorCategory.Benefit, null, $"{count} 个指标中没有效益指标：效益指标说明支出带来的经济、社会、生态效益"));
        }

        if (!keys.Contains(IndicatorCategory.Satisfaction) && !subcategories.Contains(IndicatorSubcategory.ServiceSatisfaction))
        {
            missing.Add(Gap(IndicatorCategory.Satisfaction, null, $"{count} 个指标中没有满意度指标：服务对象满意度是财预〔2020〕10号、〔2021〕101号的一级指标"));
        }

        return missing;
    }

    private static MissingCategory Gap(IndicatorCategory category, IndicatorSubcategory? subcategory, string reason) =>
        new(subcategory is { } sub ? IndicatorNames.Subcategory(sub) : IndicatorNames.Category(category), category, subcategory, reason, []);
}
