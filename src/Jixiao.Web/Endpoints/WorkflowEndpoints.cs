using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// The review of a report: `POST …/submit` (a user of the report's department, or an admin), `POST …/return` with a
/// reason and `POST …/approve` (reviewers and admins), and `GET …/workflow`, its steps so far. A status the action cannot
/// start from is 409; `If-Match` other than the current version's ETag is 412.
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
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Problems.NotFound($"报告 {id} 不存在");
        }

        if (Refusal(action, caller, report) is { } refusal)
        {
            return Problems.Forbidden(refusal);
        }

        if (action == WorkflowAction.Return && reason is null)
        {
            return Problems.BadRequest("退回须说明理由：请求体 {\"reason\": \"退回理由\"}");
        }

        var current = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (!IfMatch.Holds(request, current))
        {
            return IfMatch.Stale(current);
        }

        StoredReport changed;
        try
        {
            changed = await store.ChangeStatusAsync(id, action, caller.AsUser(), reason, current?.Number, cancellationToken).ConfigureAwait(false);
        }
        catch (WrongStateException e)
        {
            return Problems.WrongState(e.Current, e.Message);
        }
        catch (ConcurrentModificationException e)
        {
            return Problems.Conflict(e.Message);
        }

        request.HttpContext.Response.Headers.ETag = VersionETag.Of(current!);
        return Results.Ok(new { id = changed.Id, version = changed.Revision, status = ReportStatusNames.Code(changed.Status) });
    }

    /// <summary>Why the caller may not take this step on a report they can see; null when they may.</summary>
    private static string? Refusal(WorkflowAction action, Caller caller, StoredReport report)
    {
        if (action == WorkflowAction.Submit)
        {
            return caller.Role == UserRole.Admin || (caller.IsDepartmentUser && caller.DepartmentId == report.DepartmentId)
                ? null
                : "只有报告所属部门的用户或管理员才能提交";
        }

        return caller.IsDepartmentUser ? $"部门用户不能{action.Verb}报告，须由审核人或管理员{action.Verb}" : null;
    }

    private static async Task<IResult> Workflow(int id, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return Problems.NotFound($"报告 {id} 不存在");
        }

        var steps = await store.WorkflowAsync(id, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new
        {
            id,
            status = ReportStatusNames.Code(report.Status),
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
