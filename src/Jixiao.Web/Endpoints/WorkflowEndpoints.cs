using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// The review of a report: `POST …/submit` (a user of the report's department, or an admin), `POST …/return` with a
/// reason and `POST …/approve` — in 主管部门审核 by a user of the 主管部门 (the parent of the report's department), in
/// 财政审核 by reviewers; admins in both — and `GET …/workflow`, its status, deadline and steps so far. A status the action
/// cannot start from is 409 (also a reviewer acting during 主管部门审核); `If-Match` other than the current version's ETag is 412.
/// </summary>
public static class WorkflowEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/reports/{id:int}/submit", (int id, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken ct) =>
            Step(id, WorkflowAction.Submit, reason: null, request, caller, access, store, ct));
        api.MapPost("/reports/{id:int}/return", Return);
        api.MapPost("/reports/{id:int}/approve", (int id, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken ct) =>
            Step(id, WorkflowAction.Approve, reason: null, request, caller, access, store, ct));
        api.MapGet("/reports/{id:int}/workflow", Workflow);
    }

    private static async Task<IResult> Return(int id, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        string? reason = null;
        if (request.HasJsonContentType())
        {
            try
            {
                reason = (await request.ReadFromJsonAsync<ReturnBody>(cancellationToken).ConfigureAwait(false))?.Reason?.Trim();
            }
            catch (JsonException)
            {
                return Problems.BadRequest("请求体不是有效的 JSON（应为 {\"reason\": \"退回理由\"}）");
            }
        }

        return await Step(id, WorkflowAction.Return, string.IsNullOrEmpty(reason) ? null : reason, request, caller, access, store, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> Step(
        int id, WorkflowAction action, string? reason, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        var (changed, current, problem) = await TakeStepAsync(id, action, reason, version => IfMatch.Holds(request, version), caller, access, store, cancellationToken)
            .ConfigureAwait(false);
        if (changed is null)
        {
            return problem!;
        }

        request.HttpContext.Response.Headers.ETag = VersionETag.Of(current!);
        return Results.Ok(new { id = changed.Id, version = changed.Revision, status = ReportStatusNames.Code(changed.Status) });
    }

    /// <summary>
    /// Takes a review step for the API and the workbench alike: the changed report and the version it was taken on, or
    /// the problem. <paramref name="holds"/> must accept the report's current version (If-Match), else 412.
    /// </summary>
    internal static async Task<(StoredReport? Changed, ReportVersion? Current, IResult? Problem)> TakeStepAsync(
        int id, WorkflowAction action, string? reason, Func<ReportVersion?, bool> holds, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return (null, null, Problems.NotFound($"报告 {id} 不存在"));
        }

        if (Refusal(action, caller, report) is { } refusal)
        {
            return (null, null, refusal);
        }

        if (action == WorkflowAction.Return && reason is null)
        {
            return (null, null, Problems.BadRequest("退回须说明理由：请求体 {\"reason\": \"退回理由\"}"));
        }

        var current = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (!holds(current))
        {
            return (null, current, IfMatch.Stale(current));
        }

        try
        {
            var changed = await store.ChangeStatusAsync(id, action, caller.AsUser(), reason, current?.Number, cancellationToken).ConfigureAwait(false);
            return (changed, current, null);
        }
        catch (WrongStateException e)
        {
            return (null, current, Problems.WrongState(e.Current, e.Message));
        }
        catch (ConcurrentModificationException e)
        {
            return (null, current, Problems.Conflict(e.Message));
        }
    }

    /// <summary>Whether <paramref name="caller"/> may take <paramref name="action"/> on <paramref name="report"/> in its present status.</summary>
    internal static bool Allows(WorkflowAction action, Caller caller, StoredReport report) =>
        action.From.Contains(report.Status) && Refusal(action, caller, report) is null;

    /// <summary>
    /// The 403 (or, for a reviewer during 主管部门审核, the 409) when the caller may not take this step on a report they can
    /// see; null when they may, the store then checking the status.
    /// </summary>
    private static IResult? Refusal(WorkflowAction action, Caller caller, StoredReport report)
    {
        if (action == WorkflowAction.Submit)
        {
            return caller.Role == UserRole.Admin || (caller.IsDepartmentUser && caller.DepartmentId == report.DepartmentId)
                ? null
                : Problems.Forbidden("只有报告所属部门的用户或管理员才能提交");
        }

        if (caller.Role == UserRole.Admin)
        {
            return null;
        }

        var parentUser = caller.IsDepartmentUser && caller.DepartmentId is { } department && department == report.Department!.ParentId;
        if (report.Status == ReportStatus.ParentReview)
        {
            return parentUser ? null
                : caller.IsDepartmentUser ? Problems.Forbidden($"报告在主管部门审核中，须由主管部门的用户{action.Verb}")
                : Problems.WrongState(report.Status, $"报告在主管部门审核中：须等主管部门通过、报告进入财政审核后，审核人才能{action.Verb}");
        }

        if (!caller.IsDepartmentUser || (parentUser && report.Status != ReportStatus.Submitted))
        {
            return null;
        }

        return Problems.Forbidden(parentUser
            ? $"报告在财政审核中，须由审核人或管理员{action.Verb}；主管部门只能在主管部门审核时{action.Verb}"
            : $"部门用户不能{action.Verb}本部门的报告，须由主管部门（主管部门审核时）或审核人、管理员{action.Verb}");
    }

    private static async Task<IResult> Workflow(int id, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Problems.NotFound($"报告 {id} 不存在");
        }

        var steps = await store.WorkflowAsync(id, cancellationToken).ConfigureAwait(false);
        var timeliness = await store.TimelinessAsync(report, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new
        {
            id,
            status = ReportStatusNames.Code(report.Status),
            deadline = timeliness.Deadline,
            overdue = timeliness.Overdue,
            steps = steps.Select(w => new
            {
                from = ReportStatusNames.Code(w.From),
                to = ReportStatusNames.Code(w.To),
                version = w.VersionNumber,
                when = w.When,
                userId = w.UserId,
                reason = w.Reason,
            }),
        });
    }

    /// <summary>The body of `POST …/return`.</summary>
    private sealed record ReturnBody(string? Reason);
}
