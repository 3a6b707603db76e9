using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Workbench;

/// <summary>A report in a workbench list: its listing and, when it was returned, the reviewer's latest reason.</summary>
public sealed record ReportRow(ReportListing Report, string? ReturnReason)
{
    /// <summary>The rows of <paramref name="reports"/>, with the return reason of each returned one.</summary>
    public static async Task<IReadOnlyList<ReportRow>> OfAsync(IEnumerable<ReportListing> reports, ReportStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(store);
        var rows = new List<ReportRow>();
        foreach (var report in reports)
        {
            var reason = report.Status == ReportStatus.Returned ? LatestReturnReason(await store.WorkflowAsync(report.Id, cancellationToken).ConfigureAwait(false)) : null;
            rows.Add(new ReportRow(report, reason));
        }

        return rows;
    }

    /// <summary>The reason of the latest return among <paramref name="steps"/>, or null.</summary>
    public static string? LatestReturnReason(IEnumerable<WorkflowEvent> steps) =>
        steps.LastOrDefault(s => s.To == ReportStatus.Returned)?.Reason;
}
