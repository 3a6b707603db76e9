using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// The deadlines per year: `GET /api/deadlines` (everyone signed in) and `PUT /api/deadlines/{year}` with
/// {"date": "2024-05-31"} (admins only). Reports list their deadline and whether they are overdue (<see cref="DeadlineRule"/>).
/// </summary>
public static class DeadlineEndpoints
{
    private const string DateFormat = "yyyy-MM-dd";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/deadlines", List);
        api.MapPut("/deadlines/{year:int}", Set);
    }

    private static async Task<IResult> List(ReportStore store, CancellationToken cancellationToken)
    {
        var deadlines = await store.DeadlinesAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(deadlines.Select(Json));
    }

    private static async Task<IResult> Set(int year, HttpRequest request, Caller caller, ReportStore store, CancellationToken cancellationToken)
    {
        if (caller.Role != UserRole.Admin)
        {
            return Problems.Forbidden("只有管理员才能设置截止日期");
        }

        string? text = null;
        if (request.HasJsonContentType())
        {
            try
            {
                text = (await request.ReadFromJsonAsync<DeadlineBody>(cancellationToken).ConfigureAwait(false))?.Date;
            }
            catch (JsonException)
            {
                text = null;
            }
        }

        var (deadline, problem) = await SetAsync(year, text, caller, store, cancellationToken).ConfigureAwait(false);
        return deadline is null ? Problems.BadRequest(problem!) : Results.Ok(Json(deadline));
    }

    /// <summary>
    /// Sets year's deadline to <paramref name="text"/> (年-月-日) for an admin, as `PUT` and the 截止日期 page do; or why
    /// not, in one Chinese line: not a four-digit year, or not a date.
    /// </summary>
    internal static async Task<(Deadline? Deadline, string? Problem)> SetAsync(int year, string? text, Caller caller, ReportStore store, CancellationToken cancellationToken)
    {
        if (year is < 1000 or > 9999)
        {
            return (null, $"年度 {year} 不是四位数的年份");
        }

        if (!DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, "截止日期应为“年-月-日”（如 2024-05-31；API 的请求体为 {\"date\": \"2024-05-31\"}）");
        }

        return (await store.SetDeadlineAsync(year, date, caller.AsUser(), cancellationToken).ConfigureAwait(false), null);
    }

    private static object Json(Deadline deadline) => new
    {
        year = deadline.Year,
        date = deadline.Date.ToString(DateFormat, CultureInfo.InvariantCulture),
        set = deadline.Set,
        setById = deadline.SetById,
    };

    /// <summary>The body of `PUT /api/deadlines/{year}`.</summary>
    private sealed record DeadlineBody(string? Date);
}
