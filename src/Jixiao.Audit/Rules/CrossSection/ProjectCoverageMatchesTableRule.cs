using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2007: the projects the self-evaluation covered (二级项目N个，共涉及资金M万元) agree with 表3 — the count
/// of project rows and 项目支出合计·实际支出.
/// </summary>
public sealed class ProjectCoverageMatchesTableRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ProjectCoverageMatchesTable, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.BudgetTable is not { Projects.Count: > 0 } table)
        {
            yield break;
        }

        foreach (var claim in report.Claims.OfType<ProjectCoverageClaim>())
        {
            var tableName = table.Location.Table ?? "表3";
            if (claim.Level2Projects is { } count)
            {
                var rows = Stated.Count(table.Projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Projects.Count, "个",
                    table.Projects[0].Location with { Row = "项目行数", Cell = null });
                if (Findings.Same(Descriptor, $"{tableName}·项目行数", rows, count.Location.Row!, count, new Dictionary<string, string>()) is { } finding)
                {
                    yield return finding;
                }
            }

            if (claim.Funds is { } funds && table.ProjectTotal?.Actual is { } actual
                && Findings.Same(Descriptor, $"{tableName}·{table.ProjectTotal.Location.Row}·{AuditLabels.Column(BudgetColumn.Actual)}", actual,
                    funds.Location.Row!, funds, new Dictionary<string, string>()) is { } fundsFinding)
            {
                yield return fundsFinding;
            }
        }
    }
}
