using Jixiao.Data.Storage;
using Jixiao.Web.Dashboards;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// `GET /api/reports/{id}/result-application[?version=n]`: the 结果应用 suggestion for a report's grade with the rule's
/// basis and status. Advice for the reviewer: `applied` is always false, nothing changes any budget.
/// </summary>
public static class ResultApplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/reports/{id:int}/result-application", Get);

    private static async Task<IResult> Get(
        int id, int? version, Caller caller, ReportAccess access, ReportStore store, IConfiguration configuration, HttpResponse response, CancellationToken cancellationToken)
    {
        var (stored, problem) = await ReportEndpoints.VisibleVersionAsync(id, version, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return problem!;
        }

        var (rule, error) = ResultApplicationSource.From(configuration);
        if (rule is null)
        {
            return Problems.Misconfigured(error!);
        }

        var digests = await store.DigestsAsync([stored.Id], cancellationToken).ConfigureAwait(false);
        var digest = digests.GetValueOrDefault(stored.Id) ?? VersionDigest.None;
        response.Headers.ETag = VersionETag.Of(stored);
        return Results.Ok(new
        {
            id,
            version = stored.Number,
            department = stored.Department,
            year = stored.Year,
            score = new DashboardScore(digest.StatedScore, digest.RecomputedScore, digest.Grade, digest.StatedGrade),
            suggestion = ResultApplicationAdvice.For(rule, digest),
            applied = false,
            rule = new { rule.Name, rule.Version, rule.Title, rule.Confirmed, rule.Status, rule.Basis, rule.Notes, rule.Grades },
            links = ReportLinks.Of(id),
        });
    }
}
