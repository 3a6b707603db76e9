using System.Text.Json;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// Reading reports: the list in the caller's scope, and for one report its model, versions
/// and key figures. A report outside the caller's scope is 404, like one that does not exist.
/// </summary>
public static class ReportEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>The `status` filter value (code and Chinese name) that lists the overdue reports whatever their status.</summary>
    private const string OverdueCode = "overdue";

    private const string OverdueName = "逾期";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/reports", List);
        api.MapGet("/reports/{id:int}", (int id, int? version, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken ct) =>
            WithVersion(id, version, caller, access, store, response, ModelOf, ct));
        api.MapGet("/reports/{id:int}/versions/{number:int}", (int id, int number, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken ct) =>
            WithVersion(id, number, caller, access, store, response, ModelOf, ct));
        api.MapGet("/reports/{id:int}/versions", Versions);
        api.MapGet("/reports/{id:int}/facts", (int id, int? version, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken ct) =>
            WithVersion(id, version, caller, access, store, response, FactsOf, ct));
    }

    private static async Task<IResult> List(int? year, string? department, string? status, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        ReportStatus? state = null;
        var overdueOnly = status?.Trim() is OverdueCode or OverdueName;
        if (!overdueOnly && !string.IsNullOrWhiteSpace(status) && (state = ReportStatusNames.Parse(status)) is null)
        {
            return Problems.BadRequest($"状态“{status}”不存在，可选 draft、parent-review、submitted、returned、approved 或 overdue（逾期）");
        }

        var departments = await access.ScopeAsync(caller, department, cancellationToken).ConfigureAwait(false);
        var reports = await store.ReportsAsync(departments, year, state, overdueOnly, cancellationToken).ConfigureAwait(false);
        return Results.Ok(reports.Select(r => new
        {
            id = r.Id,
            department = r.Department,
            departmentId = r.DepartmentId,
            year = r.Year,
            genre = GenreNames.Of(r.Genre),
            project = r.Project,
            version = r.Version,
            status = ReportStatusNames.Code(r.Status),
            updated = r.Updated,
            deadline = r.Timeliness.Deadline,
            overdue = r.Timeliness.Overdue,
            summary = new { errors = r.Errors, warnings = r.Warnings, infos = r.Infos },
        }));
    }

    private static async Task<IResult> Versions(int id, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return ReportNotFound(id);
        }

        var versions = await store.VersionsAsync(id, cancellationToken).ConfigureAwait(false);
        response.Headers.ETag = VersionETag.Of(versions[^1]);
        return Results.Ok(versions.Select(v => new
        {
            version = v.Number,
            created = v.Created,
            sourceFile = v.SourceFile,
            contentHash = v.ContentHash,
            summary = new { errors = v.Errors, warnings = v.Warnings, infos = v.Infos },
        }));
    }

    /// <summary>Finds version <paramref name="number"/> (the latest when null) of a visible report, sets its ETag and renders it.</summary>
    private static async Task<IResult> WithVersion(
        int id, int? number, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, Func<ReportVersion, string> render, CancellationToken cancellationToken)
    {
        var (version, problem) = await VisibleVersionAsync(id, number, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return problem!;
        }

        response.Headers.ETag = VersionETag.Of(version);
        return Results.Text(render(version), Json);
    }

    /// <summary>Version <paramref name="number"/> (the latest when null) of a report the caller can see, or the 404 problem.</summary>
    internal static async Task<(ReportVersion? Version, IResult? Problem)> VisibleVersionAsync(
        int id, int? number, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return (null, ReportNotFound(id));
        }

        var version = await store.FindVersionAsync(id, number, cancellationToken).ConfigureAwait(false);
        return version is null ? (null, Problems.NotFound($"报告 {id} 没有第 {number} 版")) : (version, null);
    }

    private static IResult ReportNotFound(int id) => Problems.NotFound($"报告 {id} 不存在");

    /// <summary>The model JSON exactly as stored, which is what `jixiao extract` prints.</summary>
    private static string ModelOf(ReportVersion version) => version.ModelJson;

    /// <summary>The facts JSON `jixiao facts --format json` prints for one input.</summary>
    private static string FactsOf(ReportVersion version) =>
        JsonSerializer.Serialize(FactsDocument.Of(KeyFigures.Of(Model(version))), OutputJson.Indented);

    /// <summary>The stored model of a version.</summary>
    internal static Report Model(ReportVersion version) =>
        ModelJson.Deserialize(version.ModelJson) ?? throw new InvalidOperationException($"version {version.Number} of report {version.ReportId} has an empty model");
}
