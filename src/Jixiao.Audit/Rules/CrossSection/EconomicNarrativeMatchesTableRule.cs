using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2006: the economic-classification sentence agrees with 表2 — each class's amount and share with its
/// 表2 line, and 决算支出 with the 表2 合计.
/// </summary>
public sealed class EconomicNarrativeMatchesTableRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.EconomicNarrativeMatchesTable, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure is not { } expenditure || report.EconomicTable is not { } table)
        {
            yield break;
        }

        var pairs = new List<(string Label, Stated Narrative, string TableLabel, Stated Table)>();
        foreach (var economic in expenditure.EconomicClasses)
        {
            var row = table.Rows.FirstOrDefault(r => EconomicClassNames.Same(r.Name, economic.Name));
            if (row is null)
            {
                continue;
            }

            if (economic.Amount is { } amount && row.Amount is { } tableAmount)
            {
                pairs.Add((amount.Location.Row!, amount, $"{table.Location.Table}·{row.Name}", tableAmount));
            }

            if (economic.Share is { } share && row.Share is { } tableShare)
            {
                pairs.Add((share.Location.Row!, share, $"{table.Location.Table}·{row.Name}·{AuditLabels.Share}", tableShare));
            }
        }

        if (expenditure.Actual is { } actual && table.Total?.Amount is { } total)
        {
            pairs.Add((actual.Location.Row!, actual, $"{table.Location.Table}·{table.Total.Name}", total));
        }

        foreach (var (label, narrative, tableLabel, tableValue) in pairs)
        {
            if (Findings.Same(Descriptor, tableLabel, tableValue, label, narrative, new Dictionary<string, string>()) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
