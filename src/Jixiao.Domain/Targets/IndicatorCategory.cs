namespace Jixiao.Domain.Targets;

/// <summary>Level-1 indicator category (一级指标).</summary>
public enum IndicatorCategory
{
    /// <summary>产出指标.</summary>
    Output,
    /// <summary>效益指标.</summary>
    Benefit,
    /// <summary>满意度指标.</summary>
    Satisfaction,
    /// <summary>成本指标 (level 1 in 财预〔2021〕101号).</summary>
    Cost,
}
