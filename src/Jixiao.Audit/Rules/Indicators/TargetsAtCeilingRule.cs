using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3009: (all, or the share <see cref="AuditSettings.CeilingShare"/> of) a table's rate targets are set at the 100%
/// ceiling — targets that cannot be exceeded show no performance (DOMAIN §5.2 "100% everywhere"). Rate targets are
/// quantitative targets in a unit of <see cref="AuditSettings.RateUnits"/> that are not upper limits (≤, &lt;); the
/// check needs at least <see cref="AuditSettings.CeilingMinimumCount"/> of them. One info per table, naming the indicators.
/// </summary>
public sealed class TargetsAtCeilingRule : IAuditRule
{
    private const decimal Ceiling = 100m;
    private const int Named = 8;

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetsAtCeiling, RuleCategory.Indicators, Severity.Info);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (table, location, indicators) in LintedIndicators.Tables(report))
        {
            var rates = indicators
                .Where(i => i.Target is { Kind: TargetKind.Quantitative, Number: not null }
                    && i.Target.Operator is not (TargetOperator.AtMost or TargetOperator.LessThan)
                    && LintedIndicators.IsOneOf(i.Target.Unit, settings.RateUnits))
                .ToArray();
            var atCeiling = rates.Where(i => i.Target.Number >= Ceiling).ToArray();
            if (atCeiling.Length == 0 || rates.Length < settings.CeilingMinimumCount || atCeiling.Length < settings.CeilingShare * rates.Length)
            {
                continue;
            }

            var names = string.Join("、", atCeiling.Take(Named).Select(i => $"“{i.Name}”"))
                + (atCeiling.Length > Named ? $"等 {atCeiling.Length} 个" : string.Empty);
            yield return Findings.Create(Descriptor, location, [], new Dictionary<string, string>
            {
                ["Table"] = table,
                ["Count"] = atCeiling.Length.ToString(CultureInfo.InvariantCulture),
                ["Total"] = rates.Length.ToString(CultureInfo.InvariantCulture),
                ["Indicators"] = names,
            });
        }
    }
}
