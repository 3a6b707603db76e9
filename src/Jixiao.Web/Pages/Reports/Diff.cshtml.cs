using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Reports;

/// <summary>
/// 版本比较 (/reports/{id}/diff?from=1&amp;to=2): what changed between two versions of a report the caller can see,
/// figure by figure, and which findings are new or resolved (<see cref="FactsDiff"/>). Without <c>to</c> the latest
/// version; without <c>from</c> the one before <c>to</c>. A report out of scope or a missing version is 404.
/// </summary>
public sealed class DiffModel(ReportAccess access, ReportStore store) : WorkbenchPage
{
    public StoredReport Report { get; private set; } = null!;

    public ReportVersion From { get; private set; } = null!;

    public ReportVersion To { get; private set; } = null!;

    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    public FactsDiff Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var (newer, _) = await ReportEndpoints.VisibleVersionAsync(id, to, Caller, access, store, cancellationToken).ConfigureAwait(false);
        if (newer is null)
        {
            return NotFound();
        }

        var (older, _) = await ReportEndpoints.VisibleVersionAsync(id, from ?? Math.Max(1, newer.Number - 1), Caller, access, store, cancellationToken).ConfigureAwait(false);
        if (older is null || await access.VisibleReportAsync(Caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        From = older;
        To = newer;
        Versions = await store.VersionsAsync(id, cancellationToken).ConfigureAwait(false);
        Diff = FactsDiff.Of(ReportEndpoints.Model(older), ReportEndpoints.Model(newer));
        return Page();
    }
}
