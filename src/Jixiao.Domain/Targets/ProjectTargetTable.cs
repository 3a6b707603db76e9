using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Targets;

/// <summary>
/// 项目支出绩效目标表: one project's declared funds, overall goal and indicators (the same indicator tree as the
/// department-wide table).
/// </summary>
public sealed record ProjectTargetTable
{
    public string ProjectName { get; init; } = string.Empty;

    /// <summary>主管部门.</summary>
    public string? Department { get; init; }

    /// <summary>实施单位.</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>项目资金：年度资金总额.</summary>
    public Stated? TotalFunds { get; init; }

    /// <summary>其中：财政拨款.</summary>
    public Stated? FiscalFunds { get; init; }

    /// <summary>其中：其他资金.</summary>
    public Stated? OtherFunds { get; init; }

    /// <summary>年度总体目标.</summary>
    public string? OverallGoal { get; init; }

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}
