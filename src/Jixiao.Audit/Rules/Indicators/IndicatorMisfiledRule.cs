using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3005: an indicator's name does not fit the level-2 category it is listed under — a 复查率 or 响应率 under 经济效益,
/// a 满意度 under 效益, a 成本 figure under 数量 (财预〔2021〕101号 categories; DOMAIN §5.3 E). The name is data: it is
/// matched against the keyword lists of <see cref="AuditSettings.CategoryKeywords"/>; indicators with no level-2
/// category are left to JX4002.
/// </summary>
public sealed class IndicatorMisfiledRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorMisfiled, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (indicator, table) in LintedIndicators.Of(report))
        {
            if (indicator.Subcategory is not { } filed)
            {
                continue;
            }

            foreach (var list in settings.CategoryKeywords)
            {
                if (list.NotUnder.Contains(filed) && !list.BelongsTo.Contains(filed)
                    && LintedIndicators.FirstContained(indicator.Name, list.Keywords) is { } keyword)
                {
                    yield return Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
                    {
                        ["Table"] = table,
                        ["Indicator"] = indicator.Name,
                        ["Filed"] = AuditLabels.Subcategory(filed),
                        ["Keyword"] = keyword,
                        ["Expected"] = LintedIndicators.Subcategories(list.BelongsTo),
                    }, LintedIndicators.Subcategories(list.BelongsTo), AuditLabels.Subcategory(filed));
                    break;
                }
            }
        }
    }
}
