using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1011: the revenue total equals the fund sources listed under 其中 (预算收入, 调整预算数, 决算数, 比上年增加).</summary>
public sealed class RevenueSourcesAddUpRule : IAuditRule
{
    private static readonly Func<RevenueLine, Stated?>[] Columns = [l => l.Initial, l => l.Adjusted, l => l.Final, l => l.Increase];

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.RevenueSourcesAddUp, RuleCategory.Arithmetic, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Revenue is not { Sources.Count: > 0 } revenue)
        {
            yield break;
        }

        foreach (var column in Columns)
        {
            if (column(revenue.Total) is { } total && revenue.Sources.All(s => column(s) is not null)
                && Findings.Sum(Descriptor, total.Location.Row!, total,
                    revenue.Sources.Select(s => new Term(column(s)!.Location.Row!, column(s)!)).ToArray(),
                    new Dictionary<string, string> { ["Where"] = total.Location.Row! }) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
