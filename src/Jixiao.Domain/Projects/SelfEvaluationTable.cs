using System.Text.Json.Serialization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Projects;

/// <summary>
/// A self-evaluation table (绩效自评表): the 项目支出绩效自评表 (MoF, Anhui, Ningxia; Sichuan's 部门预算项目支出绩效自评表)
/// and the 部门整体支出绩效自评表 (Hunan, Yunnan, Chongqing) share it: header, funding rows, 年度总体目标, indicators,
/// block weights, 总分 and 等级. Every number keeps its printed text, precision and cell.
/// </summary>
public sealed record SelfEvaluationTable
{
    /// <summary>The form's own title ("部门预算项目支出绩效自评表(2023年度)").</summary>
    public string? Title { get; init; }

    /// <summary>项目名称 (project tables).</summary>
    public string? ProjectName { get; init; }

    /// <summary>部门名称 / 单位名称 (department tables).</summary>
    public string? DepartmentName { get; init; }

    /// <summary>主管部门.</summary>
    public string? SupervisingDepartment { get; init; }

    /// <summary>实施单位 (without "(盖章)").</summary>
    public string? ImplementingUnit { get; init; }

    /// <summary>Region (地区 / 区划) where the form states it.</summary>
    public string? Region { get; init; }

    /// <summary>资金单位 of the funding rows (万元 unless the form says 元).</summary>
    public string MoneyUnit { get; init; } = MoneyUnits.TenThousandYuan;

    /// <summary>The funding rows in printed order: the total (年度资金总额 / 总额) and its 其中 rows.</summary>
    public IReadOnlyList<FundingRow> Funding { get; init; } = [];

    /// <summary>年度总体目标 — 预期目标 (项目年度目标).</summary>
    public string? ExpectedGoal { get; init; }

    /// <summary>年度总体目标 — 实际完成情况 (年度目标完成情况).</summary>
    public string? GoalOutcome { get; init; }

    /// <summary>The weight the form gives budget execution in its heading: 预算执行情况(10分).</summary>
    public Stated? BudgetExecutionWeight { get; init; }

    /// <summary>The weight the form gives the indicator block in its heading: 绩效指标(90分).</summary>
    public Stated? IndicatorBlockWeight { get; init; }

    public IReadOnlyList<TableIndicator> Indicators { get; init; } = [];

    /// <summary>Indicator rows that could not be read (e.g. a 一级指标 outside 产出/效益/满意度/成本); sums over indicators skip.</summary>
    public int UnreadIndicatorRows { get; init; }

    /// <summary>总分 / 合计 row: the total of the 分值 (权重) column (usually 100).</summary>
    public Stated? TotalWeight { get; init; }

    /// <summary>总分 / 自评总分 / 合计 row: the total of the 得分 column.</summary>
    public Stated? TotalScore { get; init; }

    /// <summary>等级 / 评价等级 (优、良、中、差).</summary>
    public string? Grade { get; init; }

    /// <summary>评价结论.</summary>
    public string? Conclusion { get; init; }

    /// <summary>存在问题.</summary>
    public string? Problems { get; init; }

    /// <summary>改进措施.</summary>
    public string? Measures { get; init; }

    public SourceLocation Location { get; init; } = SourceLocation.Unknown;

    /// <summary>The 年度资金总额 / 总额 row.</summary>
    [JsonIgnore]
    public FundingRow? Total => Funding.FirstOrDefault(r => r.Source == FundingSource.Total);

    /// <summary>The 其中 rows.</summary>
    [JsonIgnore]
    public IEnumerable<FundingRow> Sources => Funding.Where(r => r.Source != FundingSource.Total);
}
