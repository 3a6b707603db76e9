using Jixiao.Domain.Reports;

namespace Jixiao.Data.Entities;

/// <summary>
/// One version of a report: the model JSON exactly as saved plus summary columns for lists and dashboards.
/// Appended on every import or save; never deleted, and never updated except to fill its <see cref="DigestColumns"/> once.
/// </summary>
public sealed class ReportVersion
{
    /// <summary>The digest columns: derived from <see cref="ModelJson"/>, the only columns of a saved version that may be written again.</summary>
    public static readonly IReadOnlySet<string> DigestColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(DigestVersion), nameof(ExecutionRate), nameof(ExpenditureAdjusted), nameof(ExpenditureActual), nameof(StatedScore), nameof(RecomputedScore),
        nameof(Grade), nameof(StatedGrade), nameof(IndicatorCount), nameof(RatedIndicators), nameof(IndicatorsAtHundred), nameof(IndicatorsOverTarget),
        nameof(IndicatorDigest),
    };

    public int Id { get; set; }

    public int ReportId { get; set; }

    public StoredReport? Report { get; set; }

    /// <summary>1, 2, 3… unique per report.</summary>
    public int Number { get; set; }

    /// <summary>The model as <c>ModelJson</c> wrote it.</summary>
    public required string ModelJson { get; set; }

    /// <summary>SHA-256 of <see cref="ModelJson"/> (UTF-8), lowercase hex.</summary>
    public required string ContentHash { get; set; }

    public required string Department { get; set; }

    public int Year { get; set; }

    public ReportGenre Genre { get; set; }

    /// <summary>决算支出 in 元, when the report states it.</summary>
    public decimal? ExpenditureActual { get; set; }

    /// <summary>
    /// Which computation filled the digest columns below (<c>VersionDigest.CurrentVersion</c>); 0 for a version saved before
    /// they existed, whose digest is computed from <see cref="ModelJson"/> once and stored (the only update an existing
    /// version ever gets: the columns are derived from the unchanged model).
    /// </summary>
    public int DigestVersion { get; set; }

    /// <summary>部门预算执行率 in percent, as <c>KeyFigures</c> takes it.</summary>
    public decimal? ExecutionRate { get; set; }

    /// <summary>调整预算数 (全年预算数) of expenditure in 元, when the report states it.</summary>
    public decimal? ExpenditureAdjusted { get; set; }

    /// <summary>The total score the report states.</summary>
    public decimal? StatedScore { get; set; }

    /// <summary>The total score the default scheme recomputes.</summary>
    public decimal? RecomputedScore { get; set; }

    /// <summary>The grade of <see cref="RecomputedScore"/>.</summary>
    public string? Grade { get; set; }

    /// <summary>The grade the report states, else the grade of <see cref="StatedScore"/>.</summary>
    public string? StatedGrade { get; set; }

    /// <summary>The indicators of the report's performance-target table.</summary>
    public int IndicatorCount { get; set; }

    /// <summary>The indicators whose completion rate the score sheet could compute.</summary>
    public int RatedIndicators { get; set; }

    /// <summary>The indicators completed at exactly 100%.</summary>
    public int IndicatorsAtHundred { get; set; }

    /// <summary>The indicators completed above the scheme's threshold (150%).</summary>
    public int IndicatorsOverTarget { get; set; }

    /// <summary>Each indicator's name, target, completion rate and over-threshold flag as compact JSON (<c>DigestIndicator.ToJson</c>).</summary>
    public string? IndicatorDigest { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Infos { get; set; }

    public DateTimeOffset Created { get; set; }

    public int CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    /// <summary>The file name the version was imported from; null for a save in the workbench.</summary>
    public string? SourceFile { get; set; }

    public List<StoredFinding> Findings { get; } = [];
}
