using Jixiao.Data.Storage;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages;

/// <summary>我的部门 (/): a department user's reports by year (newest first); reviewers and admins go to the queue.</summary>
public sealed class IndexModel(ReportAccess access, ReportStore store) : WorkbenchPage
{
    public IReadOnlyList<KeyValuePair<int, IReadOnlyList<ReportRow>>> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Caller.IsDepartmentUser)
        {
            return RedirectToPage("/Queue");
        }

        var scope = await access.ScopeAsync(Caller, cancellationToken).ConfigureAwait(false);
        var reports = await store.ReportsAsync(scope, null, cancellationToken: cancellationToken).ConfigureAwait(false);
        var rows = await ReportRow.OfAsync(reports, store, cancellationToken).ConfigureAwait(false);
        Years = [.. rows.GroupBy(r => r.Report.Year).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<ReportRow>)[.. g]))];
        return Page();
    }
}
