namespace Jixiao.Domain.Targets;

/// <summary>Level-2 indicator category (二级指标).</summary>
public enum IndicatorSubcategory
{
    /// <summary>数量指标.</summary>
    Quantity,
    /// <summary>质量指标.</summary>
    Quality,
    /// <summary>时效指标.</summary>
    Timeliness,
    /// <summary>成本指标.</summary>
    Cost,
    /// <summary>经济效益指标.</summary>
    Economic,
    /// <summary>社会效益指标.</summary>
    Social,
    /// <summary>生态效益指标.</summary>
    Ecological,
    /// <summary>文化效益指标 (seen in Guangzhou district reports).</summary>
    Cultural,
    /// <summary>可持续影响指标.</summary>
    Sustainable,
    /// <summary>服务对象满意度指标.</summary>
    ServiceSatisfaction,
}
