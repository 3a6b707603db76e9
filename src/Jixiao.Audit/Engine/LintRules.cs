using System.Globalization;

namespace Jixiao.Audit.Engine;

/// <summary>
/// The indicator lint: the rules that judge how targets are declared, not how a year was executed — JX3005–JX3009
/// (misfiled, unmeasurable, input restated as output, unit conflicts, targets at the ceiling), JX4002 (a required indicator
/// category missing), JX4004 (an indicator without a target) and every indicator rule from JX3018 on. `targets lint` runs
/// them, and a rendered target declaration (绩效目标申报表) lists their findings in its appendix 审核意见.
/// </summary>
public static class LintRules
{
    /// <summary>The first indicator rule after the scoring rules (JX3010–JX3017); every later 3xxx rule lints declarations.</summary>
    private const int FirstLaterIndicatorRule = 3018;

    private static readonly HashSet<string> Listed = new(StringComparer.Ordinal)
    {
        RuleIds.IndicatorMisfiled,
        RuleIds.TargetNotMeasurable,
        RuleIds.InputRestatedAsOutput,
        RuleIds.TargetUnitConflict,
        RuleIds.TargetsAtCeiling,
        RuleIds.IndicatorCategoryMissing,
        RuleIds.IndicatorTargetMissing,
    };

    /// <summary>The lint's rules, in catalogue order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        RuleCatalogue.Rules.Select(r => r.Descriptor).Where(Includes).ToArray();

    /// <summary>
    /// The default profile with every rule outside the lint turned off (`targets lint`, and the check after `targets new`);
    /// reading problems are still reported.
    /// </summary>
    public static RuleProfile Profile { get; } = RuleProfile.Default with
    {
        Rules = RuleCatalogue.Rules.Select(r => r.Descriptor).Where(d => !Includes(d)).ToDictionary(d => d.Id, _ => "off", StringComparer.Ordinal),
    };

    /// <summary>True when the rule with this ID is one of the lint's.</summary>
    public static bool Contains(string ruleId) => RuleCatalogue.Find(ruleId) is { } descriptor && Includes(descriptor);

    /// <summary>The findings of an audit that the lint reports.</summary>
    public static IReadOnlyList<Finding> Of(AuditResult result) => result.Findings.Where(f => Contains(f.RuleId)).ToArray();

    private static bool Includes(RuleDescriptor descriptor) =>
        Listed.Contains(descriptor.Id)
        || (descriptor.Category == RuleCategory.Indicators
            && int.TryParse(descriptor.Id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= FirstLaterIndicatorRule);
}
