using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1012: the target table's 预算整体情况 balances — 基本支出 + 项目支出 = 财政拨款 + 其他资金, and
/// 本级使用资金 + 对下转移支付资金 = 基本支出 + 项目支出.
/// </summary>
public sealed class BudgetOverviewBalancesRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.BudgetOverviewBalances, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Targets?.Overview is not { Basic: { } basic, Project: { } project } overview)
        {
            yield break;
        }

        var spending = new[] { new Term("基本支出", basic), new Term("项目支出", project) };
        if (overview.FiscalAppropriation is { } fiscal)
        {
            Term[] terms = overview.OtherFunds is { } other ? [.. spending, new Term("其他资金", other, -1)] : spending;
            if (Findings.Sum(Descriptor, "财政拨款", fiscal, terms, new Dictionary<string, string> { ["Where"] = "收入来源“财政拨款”" }) is { } finding)
            {
                yield return finding;
            }
        }

        if (overview.OwnLevel is { } own)
        {
            Term[] terms = overview.TransfersDown is { } down ? [.. spending, new Term("拟用于对下转移支付资金", down, -1)] : spending;
            if (Findings.Sum(Descriptor, "本级使用资金", own, terms, new Dictionary<string, string> { ["Where"] = "按预算级次“本级使用资金”" }) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
