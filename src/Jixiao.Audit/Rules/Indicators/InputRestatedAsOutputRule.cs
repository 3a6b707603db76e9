using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3007: an output indicator (产出指标, other than 成本) whose target is an amount of money arranged or paid —
/// "业务工作支出安排金额 28.8万元", "安排资金28.8万元" — restates the input, not what it produced (财预〔2021〕101号;
/// DOMAIN §5.2, §5.3 E 16). A money target counts when its unit, or its text with a figure, holds a money unit of
/// <see cref="AuditSettings.MoneyUnits"/> and its name or text holds a word of <see cref="AuditSettings.InputKeywords"/>;
/// a ceiling on money ("≤30万元") is a cost indicator, JX3005's concern.
/// </summary>
public sealed class InputRestatedAsOutputRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.InputRestatedAsOutput, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (indicator, table) in LintedIndicators.Of(report))
        {
            if (indicator.Category != IndicatorCategory.Output || indicator.Subcategory == IndicatorSubcategory.Cost
                || indicator.Target.Operator is TargetOperator.AtMost or TargetOperator.LessThan || !IsMoney(indicator.Target, settings))
            {
                continue;
            }

            if ((LintedIndicators.FirstContained(indicator.Name, settings.InputKeywords)
                 ?? LintedIndicators.FirstContained(indicator.Target.Raw, settings.InputKeywords)) is { } keyword)
            {
                yield return Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
                {
                    ["Table"] = table,
                    ["Indicator"] = indicator.Name,
                    ["Target"] = indicator.Target.Raw,
                    ["Keyword"] = keyword,
                }, actual: indicator.Target.Raw);
            }
        }
    }

    private static bool IsMoney(TargetValue target, AuditSettings settings) =>
        target.Kind == TargetKind.Quantitative
            ? LintedIndicators.IsOneOf(target.Unit, settings.MoneyUnits)
            : target.Raw.Any(char.IsDigit) && LintedIndicators.FirstContained(target.Raw, settings.MoneyUnits) is not null;
}
