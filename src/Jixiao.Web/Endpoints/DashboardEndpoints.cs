using Jixiao.Data.Storage;
using Jixiao.Web.Dashboards;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// `GET /api/dashboard?year=&amp;department=`: the <see cref="Dashboard"/> of the reports in the caller's scope (reviewers
/// and admins all, department users their department and its 下属单位), optionally of one year and one department.
/// </summary>
public static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/dashboard", Get);

    private static async Task<IResult> Get(
        int? year, string? department, Caller caller, ReportAccess access, ReportStore store, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var (rule, error) = ResultApplicationSource.From(configuration);
        if (rule is null)
        {
            return Problems.Misconfigured(error!);
        }

        var departments = await access.ScopeAsync(caller, department, cancellationToken).ConfigureAwait(false);
        return Results.Ok(await new Dashboard(store, rule).BuildAsync(departments, year, cancellationToken).ConfigureAwait(false));
    }
}
