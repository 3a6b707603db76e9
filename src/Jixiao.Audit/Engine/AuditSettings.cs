using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Engine;

/// <summary>
/// Settings rules read, overridable in a profile: the windows in which dated steps of the performance
/// cycle are expected, relative to the budget year Y (months counted from January of Y as 1).
/// </summary>
public sealed record AuditSettings
{
    public static readonly AuditSettings Default = new();

    /// <summary>First month (1 = January of Y) in which in-year monitoring (绩效运行监控) may be dated.</summary>
    public int MonitoringFirstMonth { get; init; } = 1;

    /// <summary>Last month in which monitoring may be dated (12 = December of Y).</summary>
    public int MonitoringLastMonth { get; init; } = 12;

    /// <summary>First month in which the year-end self-evaluation may be dated (12 = December of Y).</summary>
    public int SelfEvaluationFirstMonth { get; init; } = 12;

    /// <summary>Last month for the self-evaluation (24 = December of Y+1).</summary>
    public int SelfEvaluationLastMonth { get; init; } = 24;

    /// <summary>Level-1 indicator categories a department-wide target table is expected to have.</summary>
    public IReadOnlyList<IndicatorCategory> RequiredCategories { get; init; } = [IndicatorCategory.Output, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction];

    /// <summary>Level-2 categories a target table is expected to have (成本指标 by 财预〔2021〕101号).</summary>
    public IReadOnlyList<IndicatorSubcategory> RequiredSubcategories { get; init; } = [IndicatorSubcategory.Cost];
}
