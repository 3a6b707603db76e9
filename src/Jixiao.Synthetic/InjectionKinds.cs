namespace Jixiao.Synthetic;

/// <summary>The audit rules that should find each <see cref="InjectionKind"/>, and the rule category they belong to.</summary>
public static class InjectionKinds
{
    /// <summary>The rule ids a finding of the injection may carry (the rule of the broken relation first).</summary>
    public static IReadOnlyList<string> RuleIds(InjectionKind kind) => kind switch
    {
        InjectionKind.ProjectRate => ["JX1006"],
        InjectionKind.EconomicShare => ["JX1008"],
        InjectionKind.EconomicTotal => ["JX1001"],
        InjectionKind.GrowthRate => ["JX1009"],
        InjectionKind.OverviewBalance => ["JX1012"],
        InjectionKind.KeyTaskFunds => ["JX2004"],
        InjectionKind.EvaluatedFunds => ["JX2002"],
        InjectionKind.EconomicNarrative => ["JX2006"],
        InjectionKind.IndicatorCount => ["JX3001"],
        InjectionKind.BandCount => ["JX3002"],
        InjectionKind.ScoreAboveMaximum => ["JX3004"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The rule category of a rule id: "JX1006" → "JX1xxx".</summary>
    public static string CategoryOf(string ruleId) => ruleId[..3] + "xxx";
}
