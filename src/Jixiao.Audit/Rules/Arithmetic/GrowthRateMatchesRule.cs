using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1009: 增长率 = 比上年增加 ÷ 上年数, where 上年数 = 决算数 − 比上年增加.</summary>
public sealed class GrowthRateMatchesRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.GrowthRateMatches, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Revenue is not { } revenue)
        {
            yield break;
        }

        foreach (var line in revenue.Sources.Prepend(revenue.Total))
        {
            if (line is { GrowthRate: { } growth, Increase: { } increase, Final: { } final })
            {
                var increaseTerm = new Term(increase.Location.Row!, increase);
                var where = growth.Location.Row!;
                if (Findings.Rate(Descriptor, where, growth, [increaseTerm], [new Term(final.Location.Row!, final), increaseTerm with { Sign = -1 }],
                        new Dictionary<string, string> { ["Where"] = where }) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }
}
