using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>
/// What dashboards and bulk exports read about many versions at once: finding counts per rule (grouped in the
/// database), the findings of chosen rules and the model JSON of chosen versions (the digests are in ReportStore.Digests). Each is one query whatever the number
/// of versions.
/// </summary>
public sealed partial class ReportStore
{
    /// <summary>The findings of these versions counted per version and rule.</summary>
    public async Task<IReadOnlyList<RuleCount>> RuleCountsAsync(IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken = default) =>
        await db.Findings.AsNoTracking()
            .Where(f => versionIds.Contains(f.VersionId))
            .GroupBy(f => new { f.VersionId, f.RuleId })
            .Select(g => new RuleCount(g.Key.VersionId, g.Key.RuleId, g.Count()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The findings of these rules on these versions, in the order they were saved.</summary>
    public async Task<IReadOnlyList<StoredFinding>> FindingsOfRulesAsync(
        IReadOnlyCollection<int> versionIds, IReadOnlyCollection<string> ruleIds, CancellationToken cancellationToken = default) =>
        await db.Findings.AsNoTracking()
            .Where(f => versionIds.Contains(f.VersionId) && ruleIds.Contains(f.RuleId))
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The model JSON of these versions, by version id.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ModelJsonsAsync(IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken = default) =>
        await db.Versions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.ModelJson, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The <see cref="DataStamp"/> of the database now, in one small query (counts and maxima over primary keys; the
    /// deadline part scans the activity log for one action). Read it before computing what it stamps: data that changes
    /// in between then only makes the next request recompute, never serves stale figures.
    /// </summary>
    public async Task<DataStamp> DashboardStampAsync(CancellationToken cancellationToken = default)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(DeadlineRule.Offset).DateTime);
        var rows = await db.Database.SqlQueryRaw<DataStampRow>(StampSql).ToListAsync(cancellationToken).ConfigureAwait(false);
        var row = rows[0];
        return new DataStamp(row.Reports, row.Revisions, row.LastVersion, row.LastWorkflowEvent, row.Deadlines, row.LastDeadlineSet, day);
    }

    // Quoted identifiers and CAST/COALESCE are the same in SQLite and PostgreSQL.
    private const string StampSql =
        "SELECT CAST((SELECT COUNT(*) FROM \"Reports\") AS BIGINT) AS \"Reports\", "
        + "CAST(COALESCE((SELECT SUM(\"Revision\") FROM \"Reports\"), 0) AS BIGINT) AS \"Revisions\", "
        + "CAST(COALESCE((SELECT MAX(\"Id\") FROM \"ReportVersions\"), 0) AS BIGINT) AS \"LastVersion\", "
        + "CAST(COALESCE((SELECT MAX(\"Id\") FROM \"WorkflowEvents\"), 0) AS BIGINT) AS \"LastWorkflowEvent\", "
        + "CAST((SELECT COUNT(*) FROM \"Deadlines\") AS BIGINT) AS \"Deadlines\", "
        + "CAST(COALESCE((SELECT MAX(\"Id\") FROM \"Activity\" WHERE \"Action\" = '" + ActivityActions.DeadlineSet + "'), 0) AS BIGINT) AS \"LastDeadlineSet\"";

    /// <summary>The years the reports of these departments (all when null) are of, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(IReadOnlyCollection<int>? departments, CancellationToken cancellationToken = default) =>
        await db.Reports.AsNoTracking()
            .Where(r => departments == null || departments.Contains(r.DepartmentId))
            .Select(r => r.Year).Distinct().OrderByDescending(y => y)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
