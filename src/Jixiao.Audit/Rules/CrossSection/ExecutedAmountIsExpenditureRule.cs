using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2002: where the report says what was executed (自评结论 执行数; the funds of the 部门整体支出绩效自评),
/// the figure is the expenditure 决算支出 — not the revenue 决算数, which the finding points out when it matches.
/// </summary>
public sealed class ExecutedAmountIsExpenditureRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ExecutedAmountIsExpenditure, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure?.Actual is not { } actual)
        {
            yield break;
        }

        var executed = new List<Stated>();
        if (report.Conclusion?.Executed is { } conclusionExecuted)
        {
            executed.Add(conclusionExecuted);
        }

        executed.AddRange(report.Claims.OfType<EvaluatedFundsClaim>()
            .Where(c => c.Scope == EvaluationScope.Department && c.GeneralBudgetFunds is not null)
            .Select(c => c.GeneralBudgetFunds!));

        var revenueFinal = report.Revenue?.Total.Final;
        foreach (var stated in executed)
        {
            var revenueMatch = revenueFinal is not null && Reconciliation.Compare(revenueFinal, stated) == Agreement.Exact;
            var arguments = new Dictionary<string, string>
            {
                ["Note"] = revenueMatch ? $"，而与收入决算数 {revenueFinal!.Text} 相同，疑似以收入决算数代替支出决算数" : string.Empty,
            };
            if (Findings.Same(Descriptor, actual.Location.Row!, actual, stated.Location.Row!, stated, arguments) is { } finding)
            {
                yield return revenueMatch ? finding with { Values = [.. finding.Values, new FindingValue(revenueFinal!.Location.Row!, revenueFinal)] } : finding;
            }
        }
    }
}
