using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Audit.Rules.Completeness;
using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Audit.Rules.Scoring;

namespace Jixiao.Audit.Engine;

/// <summary>Every rule of the catalogue, and the descriptors of the reading problems (JX8xxx) readers report.</summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<IAuditRule> Rules { get; } =
    [
        new TotalMatchesPartsRule(),
        new IndicatorCountsAddUpRule(),
        new AdjustedBudgetBalancesRule(),
        new NetAdjustmentsShownAsGrossRule(),
        new AdjustmentsMatchPartsRule(),
        new RateMatchesFiguresRule(),
        new SharesMatchAmountsRule(),
        new GrowthRateMatchesRule(),
        new BreakdownAddsUpRule(),
        new RevenueSourcesAddUpRule(),
        new BudgetOverviewBalancesRule(),
        new BasicPlusProjectIsTotalRule(),
        new FundingSourcesAddUpRule(),
        new IndicatorWeightsAddUpRule(),
        new TotalScoreAddsUpRule(),
        new ExecutionRateConsistentRule(),
        new ExecutedAmountIsExpenditureRule(),
        new NarrativeMatchesBudgetTableRule(),
        new TargetTableMatchesBudgetTableRule(),
        new RepeatedFigureConsistentRule(),
        new EconomicNarrativeMatchesTableRule(),
        new ProjectCoverageMatchesTableRule(),
        new EvaluatedFundsMatchProjectsRule(),
        new IndicatorCountsMatchTableRule(),
        new CompletionBandWithinCountRule(),
        new OutcomeContradictsTargetRule(),
        new ScoreWithinMaximumRule(),
        new StatedAboveRecomputedRule(),
        new GradeMatchesTotalRule(),
        new ExecutionScoreMatchesRateRule(),
        new FullMarksOnMissedTargetRule(),
        new TargetOrActualMissingRule(),
        new ActualIsWordRule(),
        new UnitConflictRule(),
        new OverTargetRule(),
        new IndicatorMisfiledRule(),
        new TargetNotMeasurableRule(),
        new InputRestatedAsOutputRule(),
        new TargetUnitConflictRule(),
        new TargetsAtCeilingRule(),
        new TargetNotRaisedRule(),
        new TargetBelowPriorActualRule(),
        new ChangeWithoutReasonRule(),
        new KeyTaskWithoutIndicatorRule(),
        new RequiredFieldBlankRule(),
        new IndicatorCategoryMissingRule(),
        new SectionEmptyRule(),
        new IndicatorTargetMissingRule(),
        new MonitoringDateOutsideWindowRule(),
        new SelfEvaluationDateOutsideWindowRule(),
        new MonitoringRateMatchesFiguresRule(),
        new MonitoringBehindScheduleRule(),
        new MonitoringTargetAtRiskRule(),
        new MonitoringForecastAboveBudgetRule(),
    ];

    /// <summary>Reading problems: reported by readers and extraction, listed here for their severity, title and docs.</summary>
    public static IReadOnlyList<RuleDescriptor> ReadingDescriptors { get; } =
    [
        RuleTexts.Describe(RuleIds.Unreadable, RuleCategory.Reading, Severity.Error),
        RuleTexts.Describe(RuleIds.LimitExceeded, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.UnknownGenre, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.PartMissing, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.NotANumber, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.UnitAssumed, RuleCategory.Reading, Severity.Info),
        RuleTexts.Describe(RuleIds.SuspiciousNumber, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.TableNotRebuilt, RuleCategory.Reading, Severity.Warning),
        RuleTexts.Describe(RuleIds.FormulaMismatch, RuleCategory.Reading, Severity.Warning),
    ];

    /// <summary>All descriptors, ordered by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        Rules.Select(r => r.Descriptor).Concat(ReadingDescriptors).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
