using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1001: a total equals the sum of its parts — 表3 block totals, the project total and units vs the
/// department (年初, 调整后, 实际 columns), and the 表2 total.
/// </summary>
public sealed class TotalMatchesPartsRule : IAuditRule
{
    private static readonly BudgetColumn[] Columns = [BudgetColumn.Initial, BudgetColumn.Adjusted, BudgetColumn.Actual];

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TotalMatchesParts, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.BudgetTable is { } table)
        {
            foreach (var aggregate in BudgetAggregate.All(table))
            {
                foreach (var column in Columns)
                {
                    if (aggregate.Total.Get(column) is { } total && !aggregate.AddsUpExactly(column, total.Value) && aggregate.Terms(column) is { } terms
                        && Findings.SumAgreement(total, terms).Agreement != Agreement.Exact
                        && Findings.Sum(Descriptor, $"{aggregate.Total.Location.Row}·{AuditLabels.Column(column)}", total, terms, new Dictionary<string, string>
                        {
                            ["Table"] = aggregate.Table,
                            ["Row"] = aggregate.Total.Location.Row ?? aggregate.Total.Label,
                            ["Column"] = AuditLabels.Column(column),
                            ["Parts"] = aggregate.PartsName,
                        }) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }

        if (report.EconomicTable is { Total.Amount: { } economicTotal } economic
            && economic.Rows.All(r => r.Amount is not null)
            && Findings.Sum(Descriptor, $"{economic.Total.Name}·实际支出数", economicTotal,
                economic.Rows.Select(r => new Term(r.Name, r.Amount!)).ToArray(), new Dictionary<string, string>
                {
                    ["Table"] = economic.Location.Table ?? "表2",
                    ["Row"] = economic.Total.Name,
                    ["Column"] = "实际支出数",
                    ["Parts"] = AuditLabels.PartsOfBlock,
                }) is { } economicFinding)
        {
            yield return economicFinding;
        }
    }
}
