using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1005: a total row's 调增 and 调减 equal the sums of its parts'; reported as an error when even the
/// net change (调增 − 调减) disagrees, as info when the difference is within rounding.
/// </summary>
public sealed class AdjustmentsMatchPartsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.AdjustmentsMatchParts, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.BudgetTable is not { } table)
        {
            yield break;
        }

        foreach (var adjustment in AdjustmentColumns.Disagreeing(table))
        {
            var mismatch = adjustment.Columns == Agreement.Mismatch && adjustment.Net == Agreement.Mismatch;
            var rounding = adjustment.Columns == Agreement.WithinRounding;
            if (mismatch || rounding)
            {
                yield return Findings.Create(Descriptor, adjustment.Aggregate.Total.Increase!.Location, adjustment.Values(), adjustment.Arguments(),
                    adjustment.Arguments()["PartsNet"], adjustment.Arguments()["TotalNet"], null, withinRounding: rounding && !mismatch);
            }
        }
    }
}
