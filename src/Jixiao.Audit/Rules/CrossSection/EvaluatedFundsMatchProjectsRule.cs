using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2008: the funds of a key evaluation (重点绩效评价) equal the 表3 figures of the projects it names — their
/// actual spending, or else their adjusted budgets.
/// </summary>
public sealed class EvaluatedFundsMatchProjectsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.EvaluatedFundsMatchProjects, RuleCategory.CrossSection, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.BudgetTable is not { } table)
        {
            yield break;
        }

        foreach (var claim in report.Claims.OfType<EvaluatedFundsClaim>().Where(c => c.Scope == EvaluationScope.KeyProjects))
        {
            var rows = claim.ProjectNames.Select(n => table.Projects.FirstOrDefault(p => p.Label == n)).ToArray();
            if (claim.GeneralBudgetFunds is not { } funds || rows.Length == 0 || rows.Any(r => r is null))
            {
                continue;
            }

            var arguments = new Dictionary<string, string> { ["Where"] = funds.Location.Row!, ["Projects"] = string.Join("、", claim.ProjectNames) };
            var byActual = Terms(rows!, BudgetColumn.Actual);
            var byAdjusted = Terms(rows!, BudgetColumn.Adjusted);
            var actualFinding = byActual is null ? null : Findings.Sum(Descriptor, funds.Location.Row!, funds, byActual, arguments);
            var adjustedFinding = byAdjusted is null ? null : Findings.Sum(Descriptor, funds.Location.Row!, funds, byAdjusted, new Dictionary<string, string>(arguments));
            var matchesAdjusted = byAdjusted is not null && (adjustedFinding is null || adjustedFinding.WithinRounding);
            if (byActual is not null && actualFinding is not null && !matchesAdjusted)
            {
                yield return actualFinding;
            }
        }
    }

    private static Term[]? Terms(IEnumerable<BudgetRow> rows, BudgetColumn column) =>
        rows.All(r => r.Get(column) is not null)
            ? rows.Select(r => new Term($"{r.Location.Table}·{r.Label}·{AuditLabels.Column(column)}", r.Get(column)!)).ToArray()
            : null;
}
