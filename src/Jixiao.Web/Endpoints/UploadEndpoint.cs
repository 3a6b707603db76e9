using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Facts;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// `POST /api/reports` (multipart: `file`, optional `department` id or exact name, `year`): the file is read by content,
/// audited and appended as a new version of its report (department, year, genre, project). A submitted or approved
/// report cannot change (409); with `If-Match`, the report's current version must have that ETag (412).
/// </summary>
public static class UploadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) => api.MapPost("/reports", Upload);

    private static async Task<IResult> Upload(HttpRequest request, Caller caller, ReportStore store, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var (form, file, problem) = await UploadedFile.ReadAsync(request, limits.MaxFileBytes, "文件过大", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        int? year = null;
        if (form!["year"].ToString() is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Problems.BadRequest($"年度“{yearText}”不是数字");
            }

            year = parsed;
        }

        var name = Path.GetFileName(file!.FileName);
        var bytes = await UploadedFile.BytesAsync(file, cancellationToken).ConfigureAwait(false);
        var (loaded, failure) = new ReportLoader(limits).Load(name, bytes);
        if (loaded is null)
        {
            return Problems.UnreadableInput(failure!.ToString());
        }

        var (department, refusal) = await DepartmentOf(caller, form["department"].ToString(), loaded.Department, store, cancellationToken).ConfigureAwait(false);
        if (department is null)
        {
            return refusal!;
        }

        var report = loaded with { Department = department.Name, Year = year ?? loaded.Year };
        if (report.Year is null)
        {
            return Problems.MissingYear($"{name}：报告中没有年度，请在表单字段 year 中给出");
        }

        var project = KeyFigures.Of(report).Project ?? string.Empty;
        int? basedOn = null;
        if (IfMatch.Present(request))
        {
            var existing = await store.FindReportAsync(department.Name, report.Year.Value, report.Genre, project, cancellationToken).ConfigureAwait(false);
            var current = existing is null ? null : await store.FindVersionAsync(existing.Id, null, cancellationToken).ConfigureAwait(false);
            if (!IfMatch.Holds(request, current))
            {
                return IfMatch.Stale(current);
            }

            basedOn = current!.Number;
        }

        var result = new AuditEngine().Audit(report);
        var draft = new VersionDraft(report, FindingRecords.Of(report, result)) { Project = project, SourceFile = name, BasedOn = basedOn };
        ReportVersion version;
        try
        {
            version = await store.SaveVersionAsync(draft, caller.AsUser(), cancellationToken).ConfigureAwait(false);
        }
        catch (WrongStateException e)
        {
            return Problems.WrongState(e.Current, e.Message);
        }
        catch (ConcurrentModificationException e)
        {
            return Problems.Conflict(e.Message);
        }

        request.HttpContext.Response.Headers.ETag = VersionETag.Of(version);
        return Results.Created($"/api/reports/{version.ReportId}/versions/{version.Number}", new
        {
            id = version.ReportId,
            version = version.Number,
            department = department.Name,
            year = version.Year,
            genre = GenreNames.Of(version.Genre),
            summary = new { errors = result.Errors, warnings = result.Warnings, infos = result.Infos },
        });
    }

    /// <summary>
    /// The department the version is filed under. A department user always files for their own department (naming
    /// another → 403). A reviewer or admin names an existing department, or else the report's own department must
    /// exist (unknown → 422).
    /// </summary>
    private static async Task<(Department? Department, IResult? Problem)> DepartmentOf(
        Caller caller, string named, string? stated, ReportStore store, CancellationToken cancellationToken)
    {
        var given = named.Trim();
        if (caller.IsDepartmentUser)
        {
            var own = caller.DepartmentId is { } id ? await store.FindDepartmentAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false) : null;
            if (own is null)
            {
                return (null, Problems.Forbidden("该用户没有所属部门，不能上传报告"));
            }

            if (given.Length > 0 && given != own.Name && given != own.Id.ToString(CultureInfo.InvariantCulture))
            {
                return (null, Problems.Forbidden($"部门用户只能上传本部门（{own.Name}）的报告"));
            }

            return (own, null);
        }

        var wanted = given.Length > 0 ? given : stated?.Trim() ?? string.Empty;
        if (wanted.Length == 0)
        {
            return (null, Problems.UnknownDepartment("报告中没有部门名称，请在表单字段 department 中给出部门"));
        }

        var department = await store.FindDepartmentAsync(wanted, cancellationToken).ConfigureAwait(false);
        return department is null
            ? (null, Problems.UnknownDepartment($"部门“{wanted}”不存在（先用 jixiao user add --department 建立）"))
            : (department, null);
    }
}
