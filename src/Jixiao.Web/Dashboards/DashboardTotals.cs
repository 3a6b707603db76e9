namespace Jixiao.Web.Dashboards;

/// <summary>The dashboard's totals: reports, the sums of 调整预算数 and 决算数 (元, reports that state them), overdue ones, per status and grade, findings per severity and per rule.</summary>
public sealed record DashboardTotals(
    int Reports,
    decimal AdjustedBudget,
    decimal ActualExpenditure,
    int Overdue,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByGrade,
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<RuleTotal> ByRule);

/// <summary>One rule's findings across the dashboard's reports, and on how many reports it fired.</summary>
public sealed record RuleTotal(string RuleId, string Title, int Findings, int Reports);
