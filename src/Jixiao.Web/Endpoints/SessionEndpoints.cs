using System.Text.Json;
using Jixiao.Data.Storage;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// Sign-in sessions: `POST /api/session` (JSON or form: name, password) sets the session cookie, `GET /api/session`
/// tells who is signed in, `DELETE /api/session` signs out. Wrong name or password → 401 (the same for an unknown user),
/// a locked account → 423, too many attempts from one address → 429. Every attempt is logged and recorded.
/// </summary>
public static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/session", SignIn).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);
        api.MapGet("/session", (Caller caller, ReportStore store, CancellationToken ct) => Describe(caller, store, ct));
        api.MapDelete("/session", (Delegate)SignOut).AllowAnonymous();
    }

    private static async Task<IResult> SignIn(HttpContext context, ReportStore store, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request is not { Name: { Length: > 0 } name, Password: { Length: > 0 } password })
        {
            return Problems.BadRequest("请给出用户名和密码（JSON 或表单字段 name、password）");
        }

        var outcome = await SessionSignIn.SignInAsync(context, name, password, cancellationToken).ConfigureAwait(false);
        if (outcome.User is not { } user)
        {
            return outcome.LockedMinutes is { } minutes ? Problems.Locked(minutes) : Problems.SignInFailed();
        }

        return await Describe(Caller.From(user), store, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SignOut(HttpContext context)
    {
        await SessionSignIn.SignOutAsync(context).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> Describe(Caller caller, ReportStore store, CancellationToken cancellationToken)
    {
        var department = caller.DepartmentId is { } id
            ? await store.FindDepartmentAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false)
            : null;
        return Results.Ok(new { name = caller.Name, role = JsonNamingPolicy.CamelCase.ConvertName(caller.Role.ToString()), department = department?.Name });
    }

    private static async Task<SignInRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            return new SignInRequest(form["name"].ToString().Trim(), form["password"].ToString());
        }

        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await request.ReadFromJsonAsync<SignInRequest>(cancellationToken).ConfigureAwait(false) is { } read
                ? read with { Name = read.Name?.Trim() }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body of `POST /api/session`.</summary>
    internal sealed record SignInRequest(string? Name, string? Password);
}
