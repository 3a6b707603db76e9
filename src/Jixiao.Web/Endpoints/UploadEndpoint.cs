using System.Globalization;
using Jixiao.Audit.Output;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;
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

        var name = Path.GetFileName(file!.FileName);
        var bytes = await UploadedFile.BytesAsync(file, cancellationToken).ConfigureAwait(false);
        Func<ReportVersion?, bool>? holds = IfMatch.Present(request) ? current => IfMatch.Holds(request, current) : null;
        var (saved, refusal) = await SaveAsync(name, bytes, form!["department"].ToString(), form["year"].ToString(), holds, caller, store, limits, cancellationToken)
            .ConfigureAwait(false);
        if (saved is null)
        {
            return refusal!;
        }

        var version = saved.Version;
        request.HttpContext.Response.Headers.ETag = VersionETag.Of(version);
        return Results.Created($"/api/reports/{version.ReportId}/versions/{version.Number}", new
        {
            id = version.ReportId,
            version = version.Number,
            department = saved.Department,
            year = version.Year,
            genre = GenreNames.Of(version.Genre),
            summary = new { errors = saved.Audit.Errors, warnings = saved.Audit.Warnings, infos = saved.Audit.Infos },
        });
    }

    /// <summary>
    /// Reads, audits and appends an uploaded file as a new version, for the API and the workbench's upload page alike.
    /// <paramref name="department"/> and <paramref name="year"/> are the form fields (empty: from the report);
    /// <paramref name="holds"/>, when given, must accept the report's current version (null: no report yet), else 412.
    /// </summary>
    internal static Task<(SavedUpload? Saved, IResult? Problem)> SaveAsync(
        string name, byte[] bytes, string department, string year, Func<ReportVersion?, bool>? holds,
        Caller caller, ReportStore store, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var (loaded, failure) = new ReportLoader(limits).Load(name, bytes);
        return loaded is null
            ? Task.FromResult<(SavedUpload?, IResult?)>((null, Problems.UnreadableInput(failure!.ToString())))
            : SaveAsync(name, loaded, department, year, holds, caller, store, cancellationToken);
    }

    /// <summary><see cref="SaveAsync(string, byte[], string, string, Func{ReportVersion?, bool}?, Caller, ReportStore, ReaderLimits, CancellationToken)"/> of a report already read from <paramref name="name"/>.</summary>
    internal static async Task<(SavedUpload? Saved, IResult? Problem)> SaveAsync(
        string name, Report loaded, string department, string year, Func<ReportVersion?, bool>? holds,
        Caller caller, ReportStore store, CancellationToken cancellationToken)
    {
        int? givenYear = null;
        if (year.Trim() is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, Problems.BadRequest($"年度“{yearText}”不是数字"));
            }

            givenYear = parsed;
        }

        var (filedUnder, refusal) = await DepartmentOf(caller, department, loaded.Department, store, cancellationToken).ConfigureAwait(false);
        if (filedUnder is null)
        {
            return (null, refusal!);
        }

        var report = loaded with { Department = filedUnder.Name, Year = givenYear ?? loaded.Year };
        if (report.Year is null)
        {
            return (null, Problems.MissingYear($"{name}：报告中没有年度，请在表单字段 year 中给出"));
        }

        var project = AuditedDraft.ProjectOf(report);
        int? basedOn = null;
        if (holds is not null)
        {
            var existing = await store.FindReportAsync(filedUnder.Name, report.Year.Value, report.Genre, project, cancellationToken).ConfigureAwait(false);
            var current = existing is null ? null : await store.FindVersionAsync(existing.Id, null, cancellationToken).ConfigureAwait(false);
            if (!holds(current))
            {
                return (null, IfMatch.Stale(current));
            }

            basedOn = current!.Number;
        }

        var (draft, result) = AuditedDraft.Of(report, name, basedOn);
        try
        {
            var version = await store.SaveVersionAsync(draft, caller.AsUser(), cancellationToken).ConfigureAwait(false);
            return (new SavedUpload(version, filedUnder.Name, result), null);
        }
        catch (WrongStateException e)
        {
            return (null, Problems.WrongState(e.Current, e.Message));
        }
        catch (ConcurrentModificationException e)
        {
            return (null, Problems.Conflict(e.Message));
        }
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
