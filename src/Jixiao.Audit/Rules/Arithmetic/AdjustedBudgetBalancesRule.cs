using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1003: on every row of 表3, 年初预算 + 预算调增数 − 预算调减数 = 调整后预算数.</summary>
public sealed class AdjustedBudgetBalancesRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.AdjustedBudgetBalances, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.BudgetTable is not { } table)
        {
            yield break;
        }

        foreach (var row in BudgetRows.All(table))
        {
            if (row is { Initial: { } initial, Increase: { } increase, Decrease: { } decrease, Adjusted: { } adjusted }
                && initial.Value + increase.Value - decrease.Value != adjusted.Value)
            {
                // Rows whose printed figures balance exactly (nearly all) need no terms; the rest may still agree within rounding.
                var rowName = row.Location.Row ?? row.Label;
                Term[] terms =
                [
                    Term.InColumn(rowName, AuditLabels.Column(BudgetColumn.Initial), initial),
                    Term.InColumn(rowName, AuditLabels.Column(BudgetColumn.Increase), increase),
                    Term.InColumn(rowName, AuditLabels.Column(BudgetColumn.Decrease), decrease, -1),
                ];
                if (Findings.SumAgreement(adjusted, terms).Agreement == Agreement.Exact)
                {
                    continue;
                }

                var finding = Findings.Sum(Descriptor, $"{rowName}·{AuditLabels.Column(BudgetColumn.Adjusted)}", adjusted, terms,
                    new Dictionary<string, string> { ["Table"] = table.Location.Table ?? "表3", ["Row"] = rowName });
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }
}
