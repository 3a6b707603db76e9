using Jixiao.Audit.Rules.Scoring;
using Jixiao.Data.Entities;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Storage;

/// <summary>
/// What a dashboard needs from one version's model, computed once when the version is saved and kept in the table
/// <c>VersionDigests</c> (one narrow row per version, <see cref="ReportVersion.Digest"/>): the execution rate, 调整预算数 and 决算数 of expenditure (元), the stated and
/// recomputed score and their grades (the default scheme's score sheet), how many indicators there are, how many have a
/// completion rate, how many are at exactly 100% and how many above the scheme's threshold, and the indicators themselves
/// as compact JSON (<see cref="IndicatorsJson"/>, read only when an outlier needs the names).
/// </summary>
public sealed record VersionDigest(
    decimal? ExecutionRate,
    decimal? AdjustedBudget,
    decimal? ActualExpenditure,
    decimal? StatedScore,
    decimal? RecomputedScore,
    string? Grade,
    string? StatedGrade,
    int IndicatorCount,
    int RatedIndicators,
    int IndicatorsAtHundred,
    int IndicatorsOverTarget,
    string IndicatorsJson)
{
    /// <summary>The digest of a model that could not be read (a newer schemaVersion): nothing known.</summary>
    public static readonly VersionDigest None = new(null, null, null, null, null, null, null, 0, 0, 0, 0, "[]");

    /// <summary>The indicators, parsed from <see cref="IndicatorsJson"/> on each call.</summary>
    public IReadOnlyList<DigestIndicator> Indicators() => DigestIndicator.FromJson(IndicatorsJson);

    /// <summary>This digest with these indicators, their counts and JSON.</summary>
    public VersionDigest WithIndicators(IReadOnlyList<DigestIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return this with
        {
            IndicatorCount = indicators.Count,
            RatedIndicators = indicators.Count(i => i.RatePercent is not null),
            IndicatorsAtHundred = indicators.Count(i => i.RatePercent == 100m),
            IndicatorsOverTarget = indicators.Count(i => i.OverTarget),
            IndicatorsJson = DigestIndicator.ToJson(indicators),
        };
    }

    public static VersionDigest Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = KeyFigures.Of(report);
        var sheet = ScoreSheetBuilder.Build(report, SchemeLibrary.DefaultFor(report));
        var rates = sheet.Lines
            .Where(l => l.Row is not null && l.Outcome is not null)
            .GroupBy(l => l.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var indicators = facts.Indicators
            .Select(i => rates.TryGetValue(i.Name, out var line)
                ? new DigestIndicator(i.Name, i.Target, line.RatePercent, line.Flags.Contains(ReviewMark.OverTarget))
                : new DigestIndicator(i.Name, i.Target, null, false))
            .ToArray();
        return (None with
        {
            ExecutionRate = facts.Expenditure.ExecutionRate,
            AdjustedBudget = report.Expenditure?.Adjusted?.Value,
            ActualExpenditure = report.Expenditure?.Actual?.Value,
            StatedScore = facts.Score.Stated ?? sheet.StatedTotal?.Value,
            RecomputedScore = sheet.Total,
            Grade = sheet.Grade,
            StatedGrade = sheet.StatedGrade ?? sheet.GradeOfStatedTotal,
        }).WithIndicators(indicators);
    }
}
