using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2004: the target table agrees with 表3 — 预算整体情况 基本支出 and 项目支出 with the 年初预算 of
/// 基本支出合计 and 项目支出合计, and each 年度重点工作任务's 拟投入资金 with the 年初预算 of the project of the same name.
/// </summary>
public sealed class TargetTableMatchesBudgetTableRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetTableMatchesBudgetTable, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Targets is not { } targets || report.BudgetTable is not { } table)
        {
            yield break;
        }

        var pairs = new List<(string TargetLabel, Stated Target, BudgetRow Row)>();
        if (targets.Overview.Basic is { } basic && table.DepartmentBlock?.Total is { } basicTotal)
        {
            pairs.Add(("目标表·基本支出", basic, basicTotal));
        }

        if (targets.Overview.Project is { } project && table.ProjectTotal is { } projectTotal)
        {
            pairs.Add(("目标表·项目支出", project, projectTotal));
        }

        foreach (var task in targets.KeyTasks)
        {
            var matching = table.Projects.Where(p => p.Label == task.Name).ToArray();
            if (task.Funds is { } funds && matching.Length == 1)
            {
                pairs.Add(($"重点工作任务“{task.Name}”·拟投入的资金", funds, matching[0]));
            }
        }

        foreach (var (label, target, row) in pairs)
        {
            if (row.Initial is { } initial
                && Findings.Same(Descriptor, label, target, $"{row.Location.Table}·{row.Location.Row}·{AuditLabels.Column(BudgetColumn.Initial)}", initial,
                    new Dictionary<string, string>()) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
