using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Targets;

/// <summary>The department-wide performance target table (部门整体支出绩效目标表).</summary>
public sealed record PerformanceTargetTable
{
    public string? DepartmentName { get; init; }

    /// <summary>基本信息: 财政供养人员数, 下属二级单位数 … as labelled cells.</summary>
    public IReadOnlyList<LabelledField> BasicInfo { get; init; } = [];

    public BudgetOverview Overview { get; init; } = new();

    /// <summary>总体绩效目标.</summary>
    public string? OverallGoal { get; init; }

    public IReadOnlyList<KeyTask> KeyTasks { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Level-2 categories the table lists with no indicator under them (e.g. an empty 成本指标 row).</summary>
    public IReadOnlyList<IndicatorSubcategory> EmptySubcategories { get; init; } = [];

    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}
