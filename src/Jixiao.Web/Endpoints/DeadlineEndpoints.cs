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

        if (year is < 1000 or > 9999)
        {
            return Problems.BadRequest($"年度 {year} 不是四位数的年份");
        }

        string? text = null;
        if (request.HasJsonContentType())
        {
            try
            {
                text = (await request.ReadFromJsonAsync<DeadlineBody>(cancellationToken).ConfigureAwait(false))?.Date?.Trim();
            }
            catch (JsonException)
            {
                text = null;
            }
        }

        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Problems.BadRequest("请求体应为 {\"date\": \"2024-05-31\"}（截止日期，年-月-日）");
        }

        var deadline = await store.SetDeadlineAsync(year, date, caller.AsUser(), cancellationToken).ConfigureAwait(false);
        return Results.Ok(Json(deadline));
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
