using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.ReportViews;

/// <summary>
/// What the report page shows of a version without its model: its id, number, content hash (with the id the key of its
/// cached <see cref="ReportVersionView"/>), when it was saved and from which file.
/// </summary>
public sealed record VersionHeader(int Id, int ReportId, int Number, string ContentHash, DateTimeOffset Created, string? SourceFile)
{
    /// <summary>The versions of a report, oldest first, read without their model JSON (one narrow query).</summary>
    public static async Task<IReadOnlyList<VersionHeader>> OfReportAsync(JixiaoDbContext db, int reportId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Versions.AsNoTracking()
            .Where(v => v.ReportId == reportId)
            .OrderBy(v => v.Number)
            .Select(v => new VersionHeader(v.Id, v.ReportId, v.Number, v.ContentHash, v.Created, v.SourceFile))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
