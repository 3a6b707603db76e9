namespace Jixiao.Domain.Targets;

/// <summary>The standard Chinese names of indicator categories and subcategories (一级/二级指标), as printed in target tables.</summary>
public static class IndicatorNames
{
    public static string Category(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Output => "产出指标",
        IndicatorCategory.Benefit => "效益指标",
        IndicatorCategory.Satisfaction => "满意度指标",
        IndicatorCategory.Cost => "成本指标",
        _ => category.ToString(),
    };

    public static string Subcategory(IndicatorSubcategory subcategory) => subcategory switch
    {
        IndicatorSubcategory.Quantity => "数量指标",
        IndicatorSubcategory.Quality => "质量指标",
        IndicatorSubcategory.Timeliness => "时效指标",
        IndicatorSubcategory.Cost => "成本指标",
        IndicatorSubcategory.Economic => "经济效益指标",
        IndicatorSubcategory.Social => "社会效益指标",
        IndicatorSubcategory.Ecological => "生态效益指标",
        IndicatorSubcategory.Cultural => "文化效益指标",
        IndicatorSubcategory.Sustainable => "可持续影响指标",
        IndicatorSubcategory.ServiceSatisfaction => "服务对象满意度指标",
        _ => subcategory.ToString(),
    };

    /// <summary>The category a subcategory belongs to in the MOF framework (成本 under 产出, 满意度 on its own).</summary>
    public static IndicatorCategory CategoryOf(IndicatorSubcategory subcategory) => subcategory switch
    {
        IndicatorSubcategory.Quantity or IndicatorSubcategory.Quality or IndicatorSubcategory.Timeliness or IndicatorSubcategory.Cost => IndicatorCategory.Output,
        IndicatorSubcategory.ServiceSatisfaction => IndicatorCategory.Satisfaction,
        _ => IndicatorCategory.Benefit,
    };
}
