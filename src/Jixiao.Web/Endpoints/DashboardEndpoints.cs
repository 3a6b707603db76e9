using Jixiao.Data.Storage;
using Jixiao.Web.Dashboards;
using Jixiao.Web.Security;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// `GET /api/dashboard?year=&amp;department=`: the <see cref="Dashboard"/> of the reports in the caller's scope (reviewers
/// and admins all, department users their department and its 下属单位), optionally of one year and one department.
/// Answered from the <see cref="DashboardCache"/> (its JSON serialized once) with an ETag made of the data stamp and the
/// key; a request whose <c>If-None-Match</c> has that ETag gets 304 without the dashboard being looked at.
/// </summary>
public static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/dashboard", Get);

    private static async Task<IResult> Get(
        int? year, string? department, Caller caller, ReportAccess access, ReportStore store, DashboardCache cache, IConfiguration configuration,
        HttpContext context, CancellationToken cancellationToken)
    {
        var (rule, error) = ResultApplicationSource.From(configuration);
        if (rule is null)
        {
            return Problems.Misconfigured(error!);
        }

        var departments = await access.ScopeAsync(caller, department, cancellationToken).ConfigureAwait(false);
        var stamp = await store.DashboardStampAsync(cancellationToken).ConfigureAwait(false);
        var key = DashboardCache.KeyOf(departments, year, rule);
        var etag = DashboardCache.ETagOf(key, stamp);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "private, no-cache";
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } wanted
            && wanted.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var entry = await cache.GetAsync(key, stamp, cancellationToken).ConfigureAwait(false);
        return Results.Bytes(entry.Json, "application/json; charset=utf-8");
    }
}
