namespace Jixiao.Web.Dashboards;

/// <summary>
/// One report on the dashboard, from its latest version: key, review status and timeliness, execution rate, 调整预算数 and
/// 决算数 of expenditure (元), scores and grade, finding counts (by severity and by rule), the 结果应用 suggestion and links.
/// </summary>
public sealed record DashboardItem(
    int Id,
    string Department,
    int DepartmentId,
    int Year,
    string Genre,
    string Project,
    int Version,
    string Status,
    DateOnly? Deadline,
    bool Overdue,
    decimal? ExecutionRate,
    decimal? AdjustedBudget,
    decimal? ActualExpenditure,
    DashboardScore Score,
    FindingTally Findings,
    ResultApplicationAdvice? ResultApplication,
    ReportLinks Links);

/// <summary>The score the report states, the score the default scheme recomputes, and their grades.</summary>
public sealed record DashboardScore(decimal? Stated, decimal? Recomputed, string? Grade, string? StatedGrade);

/// <summary>A version's findings by severity and by rule (rule id → count).</summary>
public sealed record FindingTally(int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, int> ByRule);
