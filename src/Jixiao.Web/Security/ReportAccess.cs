using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Security;

/// <summary>
/// Which reports a caller may see: department users those of their department and its 下属单位, reviewers and admins
/// all. A report outside the scope is treated as absent, so that its existence does not leak.
/// </summary>
public sealed class ReportAccess(ReportStore store)
{
    /// <summary>The departments the caller may see; null for all.</summary>
    public async Task<IReadOnlyList<int>?> ScopeAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsDepartmentUser)
        {
            return null;
        }

        return caller.DepartmentId is { } department ? await store.DepartmentScopeAsync(department, cancellationToken).ConfigureAwait(false) : [];
    }

    /// <summary>
    /// The departments to list for a `department=` filter (id or exact name): only that one when it exists and is in the
    /// caller's scope, none when it does not or is not (names outside the scope do not leak); without a filter the scope.
    /// </summary>
    public async Task<IReadOnlyList<int>?> ScopeAsync(Caller caller, string? department, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(caller, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(department))
        {
            return scope;
        }

        var named = await store.FindDepartmentAsync(department, cancellationToken).ConfigureAwait(false);
        return named is not null && (scope is null || scope.Contains(named.Id)) ? [named.Id] : [];
    }

    /// <summary>The report when it exists and the caller may see it; otherwise null.</summary>
    public async Task<StoredReport?> VisibleReportAsync(Caller caller, int id, CancellationToken cancellationToken)
    {
        var report = await store.ReportAsync(id, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return null;
        }

        var scope = await ScopeAsync(caller, cancellationToken).ConfigureAwait(false);
        return scope is null || scope.Contains(report.DepartmentId) ? report : null;
    }
}
