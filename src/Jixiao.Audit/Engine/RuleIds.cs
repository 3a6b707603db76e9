using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Engine;

/// <summary>Permanent rule IDs. Never renumbered or reused; a retired rule keeps its docs page marked 已停用.</summary>
public static class RuleIds
{
    public const string TotalMatchesParts = "JX1001";
    public const string IndicatorCountsAddUp = "JX1002";
    public const string AdjustedBudgetBalances = "JX1003";
    public const string NetAdjustmentsShownAsGross = "JX1004";
    public const string AdjustmentsMatchParts = "JX1005";
    public const string RateMatchesFigures = "JX1006";
    public const string SharesMatchAmounts = "JX1008";
    public const string GrowthRateMatches = "JX1009";
    public const string BreakdownAddsUp = "JX1010";
    public const string RevenueSourcesAddUp = "JX1011";
    public const string BudgetOverviewBalances = "JX1012";
    public const string BasicPlusProjectIsTotal = "JX1013";
    public const string FundingSourcesAddUp = "JX1014";
    public const string IndicatorWeightsAddUp = "JX1015";
    public const string TotalScoreAddsUp = "JX1016";

    public const string ExecutionRateConsistent = "JX2001";
    public const string ExecutedAmountIsExpenditure = "JX2002";
    public const string NarrativeMatchesBudgetTable = "JX2003";
    public const string TargetTableMatchesBudgetTable = "JX2004";
    public const string RepeatedFigureConsistent = "JX2005";
    public const string EconomicNarrativeMatchesTable = "JX2006";
    public const string ProjectCoverageMatchesTable = "JX2007";
    public const string EvaluatedFundsMatchProjects = "JX2008";

    public const string IndicatorCountsMatchTable = "JX3001";
    public const string CompletionBandWithinCount = "JX3002";
    public const string OutcomeContradictsTarget = "JX3003";
    public const string ScoreWithinMaximum = "JX3004";
    public const string StatedAboveRecomputed = "JX3010";
    public const string GradeMatchesTotal = "JX3011";
    public const string ExecutionScoreMatchesRate = "JX3012";
    public const string FullMarksOnMissedTarget = "JX3013";
    public const string TargetOrActualMissing = "JX3014";
    public const string ActualIsWord = "JX3015";
    public const string UnitConflict = "JX3016";
    public const string OverTarget = "JX3017";
    public const string IndicatorMisfiled = "JX3005";
    public const string TargetNotMeasurable = "JX3006";
    public const string InputRestatedAsOutput = "JX3007";
    public const string TargetUnitConflict = "JX3008";
    public const string TargetsAtCeiling = "JX3009";
    public const string TargetNotRaised = "JX3018";
    public const string TargetBelowPriorActual = "JX3019";
    public const string ChangeWithoutReason = "JX3020";
    public const string KeyTaskWithoutIndicator = "JX3021";

    public const string RequiredFieldBlank = "JX4001";
    public const string IndicatorCategoryMissing = "JX4002";
    public const string SectionEmpty = "JX4003";
    public const string IndicatorTargetMissing = "JX4004";

    public const string MonitoringDateOutsideWindow = "JX5001";
    public const string SelfEvaluationDateOutsideWindow = "JX5002";
    public const string MonitoringRateMatchesFigures = "JX5003";
    public const string MonitoringBehindSchedule = "JX5004";
    public const string MonitoringTargetAtRisk = "JX5005";
    public const string MonitoringForecastAboveBudget = "JX5006";

    public const string Unreadable = ReadingCodes.Unreadable;
    public const string LimitExceeded = ReadingCodes.LimitExceeded;
    public const string UnknownGenre = ReadingCodes.UnknownGenre;
    public const string PartMissing = ReadingCodes.PartMissing;
    public const string NotANumber = ReadingCodes.NotANumber;
    public const string UnitAssumed = ReadingCodes.UnitAssumed;
    public const string SuspiciousNumber = ReadingCodes.SuspiciousNumber;
    public const string TableNotRebuilt = ReadingCodes.TableNotRebuilt;
    public const string FormulaMismatch = ReadingCodes.FormulaMismatch;
}
