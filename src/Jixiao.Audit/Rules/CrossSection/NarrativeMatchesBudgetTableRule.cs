using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2003: the expenditure sentence agrees with 表3 — 基本支出 with 基本支出合计·实际支出, 项目支出 with
/// 项目支出合计·实际支出, and the initial and adjusted budgets (and the actual total where the sentence does not
/// split it) with 基本支出合计 + 项目支出合计.
/// </summary>
public sealed class NarrativeMatchesBudgetTableRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.NarrativeMatchesBudgetTable, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure is not { } expenditure || report.BudgetTable is not { } table)
        {
            yield break;
        }

        var basicTotal = table.DepartmentBlock?.Total;
        var projectTotal = table.ProjectTotal;
        var checks = new List<(Stated Stated, IReadOnlyList<Term> Terms)>();
        if (expenditure.Basic is { } basic && basicTotal?.Actual is { } basicActual)
        {
            checks.Add((basic, [TermOf(basicTotal, BudgetColumn.Actual, basicActual)]));
        }

        if (expenditure.Project is { } project && projectTotal?.Actual is { } projectActual)
        {
            checks.Add((project, [TermOf(projectTotal, BudgetColumn.Actual, projectActual)]));
        }

        var split = expenditure.Basic is not null && expenditure.Project is not null;
        foreach (var (stated, column) in new[] { (expenditure.Initial, BudgetColumn.Initial), (expenditure.Adjusted, BudgetColumn.Adjusted), (split ? null : expenditure.Actual, BudgetColumn.Actual) })
        {
            if (stated is not null && basicTotal?.Get(column) is { } b && projectTotal?.Get(column) is { } p)
            {
                checks.Add((stated, [TermOf(basicTotal, column, b), TermOf(projectTotal, column, p)]));
            }
        }

        foreach (var (stated, terms) in checks)
        {
            if (Findings.Sum(Descriptor, stated.Location.Row!, stated, terms,
                    new Dictionary<string, string> { ["Where"] = stated.Location.Row!, ["Table"] = table.Location.Table ?? "表3" }) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static Term TermOf(BudgetRow row, BudgetColumn column, Stated value) =>
        new($"{row.Location.Table}·{row.Location.Row}·{AuditLabels.Column(column)}", value);
}
