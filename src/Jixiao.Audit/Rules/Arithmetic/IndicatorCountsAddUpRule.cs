using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1002: "产出指标7个，其中数量指标1个，质量指标2个…" — the parts listed add up to the stated total.</summary>
public sealed class IndicatorCountsAddUpRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorCountsAddUp, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        from claim in report.Claims.OfType<IndicatorCountClaim>()
        where claim.Parts.Count > 0
        let category = AuditLabels.Category(claim.Category)
        let finding = Findings.Sum(Descriptor, category, claim.Total,
            claim.Parts.Select(p => new Term(AuditLabels.Subcategory(p.Subcategory), p.Count)).ToArray(),
            new Dictionary<string, string> { ["Category"] = category })
        where finding is not null
        select finding;
}
