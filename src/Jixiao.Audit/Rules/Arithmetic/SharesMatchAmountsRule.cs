using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1008: a stated share (占比) equals amount ÷ total — every 表2 line against the 表2 total (and the
/// shares against 100%), and the narrative's basic, project and economic-class shares against 决算支出.
/// </summary>
public sealed class SharesMatchAmountsRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.SharesMatchAmounts, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var checks = new List<(Stated Share, Term Part, Term Whole)>();
        if (report.EconomicTable is { Total: { Amount: { } total } totalRow } table)
        {
            foreach (var row in table.Rows)
            {
                if (row is { Share: { } share, Amount: { } amount })
                {
                    checks.Add((share, new Term(row.Name, amount), new Term(totalRow.Name, total)));
                }
            }

            if (totalRow.Share is { } totalShare && table.Rows.All(r => r.Share is not null)
                && Findings.Sum(Descriptor, $"{totalRow.Name}·{AuditLabels.Share}", totalShare,
                    table.Rows.Select(r => new Term($"{r.Name}·{AuditLabels.Share}", r.Share!)).ToArray(),
                    new Dictionary<string, string> { ["Where"] = $"{table.Location.Table}“{totalRow.Name}”{AuditLabels.Share}" }) is { } sumFinding)
            {
                yield return sumFinding;
            }
        }

        if (report.Expenditure is { Actual: { } actual } expenditure)
        {
            var whole = new Term(actual.Location.Row!, actual);
            if (expenditure is { Basic: { } basic, BasicShare: { } basicShare })
            {
                checks.Add((basicShare, new Term(basic.Location.Row!, basic), whole));
            }

            if (expenditure is { Project: { } project, ProjectShare: { } projectShare })
            {
                checks.Add((projectShare, new Term(project.Location.Row!, project), whole));
            }

            foreach (var economic in expenditure.EconomicClasses)
            {
                if (economic is { Amount: { } amount, Share: { } share })
                {
                    checks.Add((share, new Term(economic.Name, amount), whole));
                }
            }
        }

        foreach (var (share, part, whole) in checks.Where(c => Findings.RateAgreement(c.Share, c.Part.Number, c.Whole.Number) is ({ } agreement, _) && agreement != Agreement.Exact))
        {
            var where = share.Location.Table is { } t ? $"{t}“{share.Location.Row}”{AuditLabels.Share}" : share.Location.Row!;
            if (Findings.Rate(Descriptor, where, share, part, whole, new Dictionary<string, string> { ["Where"] = where }) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
