using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Completeness;

/// <summary>JX4002: the target table has no indicator of a category it should have (成本指标, 满意度指标…; configurable).</summary>
public sealed class IndicatorCategoryMissingRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorCategoryMissing, RuleCategory.Completeness, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Targets is not { Indicators.Count: > 0 } targets)
        {
            yield break;
        }

        var missing = settings.RequiredCategories.Where(c => targets.Indicators.All(i => i.Category != c)).Select(AuditLabels.Category)
            .Concat(settings.RequiredSubcategories.Where(s => targets.Indicators.All(i => i.Subcategory != s)).Select(AuditLabels.Subcategory))
            .Distinct();
        foreach (var name in missing)
        {
            yield return Findings.Create(Descriptor, targets.Location, [], new Dictionary<string, string> { ["Category"] = name });
        }
    }
}
