using Jixiao.Data.Entities;
using Jixiao.Domain.Reports;

namespace Jixiao.Data.Storage;

/// <summary>
/// One report in a list: its key, its latest version number, its review status, that version's finding counts, its id
/// and content hash (what a cache of figures computed from the version keys on), and its deadline and whether it is overdue.
/// </summary>
public sealed record ReportListing(
    int Id,
    int DepartmentId,
    string Department,
    int Year,
    ReportGenre Genre,
    string Project,
    int Version,
    ReportStatus Status,
    int Errors,
    int Warnings,
    int Infos,
    DateTimeOffset Updated,
    int VersionId,
    string ContentHash)
{
    public Timeliness Timeliness { get; init; } = Timeliness.None;
}
