using Jixiao.Data.Storage;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;

namespace Jixiao.Web.Pages;

/// <summary>审核队列 (/queue?status=review|returned|approved|overdue): the reports in the caller's scope, one filter at a time.</summary>
public sealed class QueueModel(ReportAccess access, ReportStore store) : WorkbenchPage
{
    public QueueFilter Filter { get; private set; } = QueueFilter.Review;

    public IReadOnlyList<ReportRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        Filter = QueueFilter.Parse(status);
        var scope = await access.ScopeAsync(Caller, cancellationToken).ConfigureAwait(false);
        var reports = await store.ReportsAsync(scope, null, cancellationToken: cancellationToken).ConfigureAwait(false);
        Rows = await ReportRow.OfAsync(reports.Where(Filter.Includes), store, cancellationToken).ConfigureAwait(false);
    }
}
