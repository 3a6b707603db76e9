using Jixiao.Data.Storage;
using Jixiao.Domain.Reports;

namespace Jixiao.Data.Entities;

/// <summary>
/// One version of a report: the model JSON exactly as saved plus summary columns for lists and dashboards.
/// Appended on every import or save; never updated or deleted.
/// </summary>
public sealed class ReportVersion
{
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
    /// What the dashboard reads about this version, in its own narrow table <c>VersionDigests</c> (written with the
    /// version; null for a version saved before that table existed, until it is digested from <see cref="ModelJson"/>).
    /// </summary>
    public VersionDigest? Digest { get; set; }

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
