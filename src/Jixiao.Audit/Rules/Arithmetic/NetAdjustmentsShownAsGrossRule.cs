using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1004: a total row's 调增/调减 differ from its parts' but the net change agrees — the total shows
/// net adjustments while the parts show gross ones.
/// </summary>
public sealed class NetAdjustmentsShownAsGrossRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.NetAdjustmentsShownAsGross, RuleCategory.Arithmetic, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        report.BudgetTable is not { } table
            ? []
            : AdjustmentColumns.Disagreeing(table)
                .Where(a => a.Columns == Agreement.Mismatch && a.Net != Agreement.Mismatch)
                .Select(a => Findings.Create(Descriptor, a.Aggregate.Total.Increase!.Location, a.Values(), a.Arguments()));
}
