using Jixiao.Domain.Reports;

namespace Jixiao.Data.Entities;

/// <summary>
/// A report kept as versions, keyed by (department, year, genre, project). <see cref="Revision"/> is the
/// number of its latest version and the concurrency token: each append raises it, so two appends based on
/// the same version conflict.
/// </summary>
public sealed class StoredReport
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int Year { get; set; }

    public ReportGenre Genre { get; set; }

    /// <summary>The project name; empty for a department-wide report.</summary>
    public string Project { get; set; } = string.Empty;

    /// <summary>The number of the latest version (1, 2, 3…); the optimistic-concurrency token.</summary>
    public int Revision { get; set; }

    /// <summary>Where the report is in its review; a concurrency token, so two review steps at once conflict.</summary>
    public ReportStatus Status { get; set; }

    public List<ReportVersion> Versions { get; } = [];
}
