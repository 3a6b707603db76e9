using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// How a total row's 调增/调减 compare with its parts': both columns agree, they differ but the net
/// change (调增 − 调减) agrees — the total shows net adjustments while the parts show gross ones — or
/// the net change differs too.
/// </summary>
public sealed record AdjustmentColumns(BudgetAggregate Aggregate, Agreement Columns, Agreement Net, IReadOnlyList<Term> PartTerms, decimal PartsIncrease, decimal PartsDecrease)
{
    /// <summary>
    /// The total rows whose 调增 or 调减 is not exactly the sum of its parts' (both rules on adjustments report only
    /// these); a total whose parts add up exactly in both columns is settled on the figures, without terms.
    /// </summary>
    public static IEnumerable<AdjustmentColumns> Disagreeing(BudgetExecutionTable table)
    {
        foreach (var aggregate in BudgetAggregate.All(table))
        {
            if (aggregate.Total is not { Increase: { } increase, Decrease: { } decrease }
                || (aggregate.AddsUpExactly(BudgetColumn.Increase, increase.Value) && aggregate.AddsUpExactly(BudgetColumn.Decrease, decrease.Value))
                || aggregate.Terms(BudgetColumn.Increase) is not { } increases
                || aggregate.Terms(BudgetColumn.Decrease, -1) is not { } decreases)
            {
                continue;
            }

            var (increaseInterval, increaseValue) = Term.Sum(increases);
            var (decreaseInterval, decreaseValue) = Term.Sum(decreases);
            var columns = Worst(Reconciliation.Compare(increase, increaseInterval, increaseValue),
                Reconciliation.Compare(decrease, decreaseInterval * -1, -decreaseValue));
            Term[] parts = [.. increases, .. decreases];
            var (netInterval, netValue) = Term.Sum(parts);
            var statedNet = new Interval(increase.Interval.Low - decrease.Interval.High, increase.Interval.High - decrease.Interval.Low);
            var net = increase.Value - decrease.Value == netValue ? Agreement.Exact
                : statedNet.Overlaps(netInterval) ? Agreement.WithinRounding : Agreement.Mismatch;
            yield return new AdjustmentColumns(aggregate, columns, net, parts, increaseValue, -decreaseValue);
        }
    }

    public Dictionary<string, string> Arguments()
    {
        var total = Aggregate.Total;
        var unitOf = total.Increase!;
        return new Dictionary<string, string>
        {
            ["Table"] = Aggregate.Table,
            ["Row"] = total.Location.Row ?? total.Label,
            ["Parts"] = Aggregate.PartsName,
            ["TotalIncrease"] = total.Increase!.Text,
            ["TotalDecrease"] = total.Decrease!.Text,
            ["TotalNet"] = NumberText.InUnitOf(total.Increase.Value - total.Decrease.Value, unitOf),
            ["PartsIncrease"] = NumberText.InUnitOf(PartsIncrease, unitOf),
            ["PartsDecrease"] = NumberText.InUnitOf(PartsDecrease, unitOf),
            ["PartsNet"] = NumberText.InUnitOf(PartsIncrease - PartsDecrease, unitOf),
            ["Unit"] = NumberText.UnitSuffix(unitOf),
        };
    }

    public IReadOnlyList<FindingValue> Values()
    {
        var row = Aggregate.Total.Location.Row ?? Aggregate.Total.Label;
        return
        [
            new FindingValue($"{row}·{AuditLabels.Column(BudgetColumn.Increase)}", Aggregate.Total.Increase!),
            new FindingValue($"{row}·{AuditLabels.Column(BudgetColumn.Decrease)}", Aggregate.Total.Decrease!),
            .. PartTerms.Select(t => new FindingValue(t.Label, t.Number)),
        ];
    }

    private static Agreement Worst(Agreement a, Agreement b) => (Agreement)Math.Max((int)a, (int)b);
}
