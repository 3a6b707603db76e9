using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3001: indicator counts stated in the text (产出指标7个，其中数量指标1个…) equal the indicators of the
/// target table, by category and by level-2 category.
/// </summary>
public sealed class IndicatorCountsMatchTableRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorCountsMatchTable, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var tally = new IndicatorTally(report);
        if (!tally.HasTable)
        {
            yield break;
        }

        foreach (var claim in report.Claims.OfType<IndicatorCountClaim>())
        {
            var category = AuditLabels.Category(claim.Category);
            var counts = new List<(string Name, Domain.Numbers.Stated Stated, int InTable)> { (category, claim.Total, tally.Count(claim.Category)) };
            counts.AddRange(claim.Parts.Select(p => (AuditLabels.Subcategory(p.Subcategory), p.Count, tally.Count(p.Subcategory))));
            foreach (var (name, stated, inTable) in counts)
            {
                var table = tally.AsStated(inTable, $"绩效目标表·{name}个数");
                if (Findings.Same(Descriptor, table.Location.Row!, table, $"{name}个数", stated,
                        new Dictionary<string, string> { ["Indicator"] = name }) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }
}
