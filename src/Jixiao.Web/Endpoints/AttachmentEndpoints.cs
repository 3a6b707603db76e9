using Jixiao.Data;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// Attachments (佐证材料) of a report: `POST …/attachments` (multipart `file`, optional `description`), `GET …/attachments`
/// and `GET …/attachments/{attachmentId}` (the bytes, with the original name). Whoever can see the report can read them
/// (otherwise 404); users of the report's own department, reviewers and admins can add them (others 403), except to an
/// approved report (409). Sizes are limited per file and per report (<see cref="AttachmentLimits"/>, 413).
/// </summary>
public static class AttachmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var limits = AttachmentLimits.From(api.ServiceProvider.GetRequiredService<IConfiguration>());
        api.MapPost("/reports/{id:int}/attachments", (int id, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken ct) =>
                Add(id, limits, request, caller, access, store, ct))
            .WithMetadata(new RequestSizeLimitAttribute(limits.RequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: limits.RequestBytes);
        api.MapGet("/reports/{id:int}/attachments", List);
        api.MapGet("/reports/{id:int}/attachments/{attachmentId:long}", Download);
    }

    private static async Task<IResult> Add(
        int id, AttachmentLimits limits, HttpRequest request, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return ReportNotFound(id);
        }

        if (caller.IsDepartmentUser && caller.DepartmentId != report.DepartmentId)
        {
            return Problems.Forbidden("只有报告所属部门的用户、审核人或管理员才能添加佐证材料");
        }

        var perFile = $"附件超过单个文件 {UploadedFile.Size(limits.MaxFileBytes)} 的上限";
        var (form, file, problem) = await UploadedFile.ReadAsync(request, limits.MaxFileBytes, perFile, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var used = await store.AttachmentBytesAsync(id, cancellationToken).ConfigureAwait(false);
        if (used + file!.Length > limits.MaxReportBytes)
        {
            return Problems.TooLarge(
                $"附件总量超过每份报告 {UploadedFile.Size(limits.MaxReportBytes)} 的上限",
                $"报告 {id} 已有附件 {used} 字节，加上 {Path.GetFileName(file.FileName)}（{file.Length} 字节）超过每份报告 {UploadedFile.Size(limits.MaxReportBytes)} 的上限");
        }

        var current = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (!IfMatch.Holds(request, current))
        {
            return IfMatch.Stale(current);
        }

        var draft = new AttachmentDraft(file.FileName, form!["description"].ToString(), await UploadedFile.BytesAsync(file, cancellationToken).ConfigureAwait(false));
        AttachmentRecord added;
        try
        {
            added = await store.AddAttachmentAsync(id, draft, caller.AsUser(), cancellationToken).ConfigureAwait(false);
        }
        catch (WrongStateException e)
        {
            return Problems.WrongState(e.Current, e.Message);
        }

        return Results.Created($"/api/reports/{id}/attachments/{added.Id}", Json(added));
    }

    private static async Task<IResult> List(int id, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return ReportNotFound(id);
        }

        var attachments = await store.AttachmentsAsync(id, cancellationToken).ConfigureAwait(false);
        return Results.Ok(attachments.Select(Json));
    }

    private static async Task<IResult> Download(
        int id, long attachmentId, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return ReportNotFound(id);
        }

        if (await store.AttachmentAsync(id, attachmentId, cancellationToken).ConfigureAwait(false) is not var (attachment, content))
        {
            return Problems.NotFound($"报告 {id} 没有附件 {attachmentId}");
        }

        // Never let a browser guess a more dangerous type than the one chosen from the extension.
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, attachment.ContentType, attachment.Name);
    }

    private static IResult ReportNotFound(int id) => Problems.NotFound($"报告 {id} 不存在");

    private static object Json(AttachmentRecord a) => new
    {
        id = a.Id,
        name = a.Name,
        description = a.Description,
        size = a.Size,
        sha256 = a.Sha256,
        contentType = a.ContentType,
        version = a.VersionNumber,
        uploadedBy = a.UploadedBy,
        uploadedAt = a.UploadedAt,
    };
}
