using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Profile;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Reports;

/// <summary>
/// A self-evaluation report (绩效自评报告) read into the typed model: every stated number keeps its
/// exact value, printed precision and location. Shared by `extract`, the API and stored versions.
/// </summary>
public sealed record Report
{
    /// <summary>The version of the model JSON schema.</summary>
    public const string CurrentSchemaVersion = "1";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The file it was read from (name only).</summary>
    public string? File { get; init; }

    public ReportGenre Genre { get; init; }

    /// <summary>The format it was read from and, for web pages, publisher and date.</summary>
    public DocumentSource? Source { get; init; }

    public string? Title { get; init; }

    public string? Department { get; init; }

    public int? Year { get; init; }

    public DepartmentProfile Profile { get; init; } = new();

    public PerformanceTargetTable? Targets { get; init; }

    public RevenueStatement? Revenue { get; init; }

    public ExpenditureStatement? Expenditure { get; init; }

    /// <summary>表2: expenditure by economic classification.</summary>
    public EconomicClassificationTable? EconomicTable { get; init; }

    /// <summary>表3: budget execution by unit and project.</summary>
    public BudgetExecutionTable? BudgetTable { get; init; }

    public SelfEvaluationConclusion? Conclusion { get; init; }

    /// <summary>The self-evaluation table (项目支出绩效自评表 / 部门整体支出绩效自评表) of a table genre.</summary>
    public SelfEvaluationTable? Table { get; init; }

    /// <summary>The performance-monitoring table (绩效运行监控表) of the monitoring genre.</summary>
    public MonitoringTable? Monitoring { get; init; }

    /// <summary>项目支出绩效目标表 of a target declaration, one per project.</summary>
    public IReadOnlyList<ProjectTargetTable> ProjectTargets { get; init; } = [];

    /// <summary>Typed statements read from the narrative.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>存在的主要问题.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>下一步改进措施.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    public IReadOnlyList<ReadingProblem> ReadingProblems { get; init; } = [];
}
