using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.ResultApplication;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The reviewer's dashboard over the latest version of each report in a scope: per report the status, timeliness,
/// execution rate, scores, grade, finding counts and 结果应用 suggestion; totals; and the <see cref="DashboardOutliers"/>.
/// A fixed number of queries whatever the number of reports (the list, the previous year's list, the versions' digest
/// columns, finding counts grouped in the database and the score rules' findings); no model JSON is read.
/// </summary>
public sealed class Dashboard(ReportStore store, ResultApplicationRule rule)
{
    /// <summary>The dashboard of these departments (all when null) and of one year (all when null).</summary>
    public async Task<DashboardView> BuildAsync(IReadOnlyCollection<int>? departments, int? year, CancellationToken cancellationToken)
    {
        var reports = await store.ReportsAsync(departments, year, cancellationToken: cancellationToken).ConfigureAwait(false);
        var earlier = year is { } shown ? await store.ReportsAsync(departments, shown - 1, cancellationToken: cancellationToken).ConfigureAwait(false) : [];
        var known = reports.Concat(earlier).ToArray();
        var digests = await store.DigestsAsync([.. known.Select(r => r.VersionId).Distinct()], cancellationToken).ConfigureAwait(false);
        var versionIds = reports.Select(r => r.VersionId).ToArray();
        var counts = (await store.RuleCountsAsync(versionIds, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.VersionId);
        var scoreFindings = (await store.FindingsOfRulesAsync(versionIds, DashboardOutliers.ScoreRules, cancellationToken).ConfigureAwait(false)).ToLookup(f => f.VersionId);
        var byKey = known.ToDictionary(r => (r.DepartmentId, r.Year, r.Genre, r.Project));

        VersionDigest DigestOf(ReportListing report) => digests.GetValueOrDefault(report.VersionId) ?? VersionDigest.None;

        var items = reports.Select(r => Item(r, DigestOf(r), counts[r.VersionId])).ToArray();
        var outliers = reports
            .SelectMany(r => DashboardOutliers.Of(
                r, DigestOf(r), byKey.TryGetValue((r.DepartmentId, r.Year - 1, r.Genre, r.Project), out var last) ? DigestOf(last) : null, scoreFindings[r.VersionId]))
            .ToArray();
        return new DashboardView(items, Totals(items, counts), outliers, rule);
    }

    private DashboardItem Item(ReportListing r, VersionDigest digest, IEnumerable<RuleCount> counts) => new(
        r.Id,
        r.Department,
        r.DepartmentId,
        r.Year,
        GenreNames.Of(r.Genre),
        r.Project,
        r.Version,
        ReportStatusNames.Code(r.Status),
        r.Timeliness.Deadline,
        r.Timeliness.Overdue,
        digest.ExecutionRate,
        digest.AdjustedBudget,
        digest.ActualExpenditure,
        new DashboardScore(digest.StatedScore, digest.RecomputedScore, digest.Grade, digest.StatedGrade),
        new FindingTally(r.Errors, r.Warnings, r.Infos, counts.OrderBy(c => c.RuleId, StringComparer.Ordinal).ToDictionary(c => c.RuleId, c => c.Count, StringComparer.Ordinal)),
        ResultApplicationAdvice.For(rule, digest),
        ReportLinks.Of(r.Id));

    private static DashboardTotals Totals(DashboardItem[] items, ILookup<int, RuleCount> counts) => new(
        items.Length,
        items.Sum(i => i.AdjustedBudget ?? 0m),
        items.Sum(i => i.ActualExpenditure ?? 0m),
        items.Count(i => i.Overdue),
        Tally(items.Select(i => i.Status)),
        Tally(items.Select(i => i.ResultApplication?.Grade ?? "未定级")),
        items.Sum(i => i.Findings.Errors),
        items.Sum(i => i.Findings.Warnings),
        items.Sum(i => i.Findings.Infos),
        [.. counts.SelectMany(c => c)
            .GroupBy(c => c.RuleId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleTotal(g.Key, RuleCatalogue.Find(g.Key)?.Title ?? string.Empty, g.Sum(c => c.Count), g.Select(c => c.VersionId).Distinct().Count()))]);

    private static Dictionary<string, int> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
