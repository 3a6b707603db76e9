using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Endpoints;

namespace Jixiao.Web.Pages.Admin;

/// <summary>截止日期 (/admin/deadlines): each year's deadline, and setting one with the same store call as `PUT /api/deadlines/{year}`.</summary>
public sealed class DeadlinesModel(ReportStore store) : AdminPage
{
    public IReadOnlyList<Deadline> Deadlines { get; private set; } = [];

    /// <summary>The deadline just set; null otherwise.</summary>
    public Deadline? Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deadlines = await store.DeadlinesAsync(cancellationToken).ConfigureAwait(false);

    public async Task OnPostAsync(int? year, string? date, CancellationToken cancellationToken)
    {
        (Saved, Message) = year is { } y
            ? await DeadlineEndpoints.SetAsync(y, date, Caller, store, cancellationToken).ConfigureAwait(false)
            : (null, "请填写年度（四位数）");
        Deadlines = await store.DeadlinesAsync(cancellationToken).ConfigureAwait(false);
    }
}
