using System.Security.Claims;
using System.Text.Encodings.Web;
using Jixiao.Data.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Security;

/// <summary>
/// `Authorization: Bearer TOKEN`: the token is looked up by its hash in the store (unknown or revoked → no user).
/// Without a token or with a bad one the challenge is a 401 problem.
/// </summary>
public sealed class BearerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header[Prefix.Length..].Trim() is not { Length: > 0 } token)
        {
            return AuthenticateResult.Fail("令牌格式不对：应为 Authorization: Bearer 令牌");
        }

        var store = Context.RequestServices.GetRequiredService<ReportStore>();
        var user = await store.FindUserByTokenAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (user is null)
        {
            return AuthenticateResult.Fail("令牌无效或已吊销");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(Caller.From(user).Claims(), SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var outcome = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        Response.Headers.WWWAuthenticate = SchemeName;
        await Problems.Unauthorized(outcome.Failure?.Message ?? "请求须带 Authorization: Bearer 令牌（jixiao user add 签发）").ExecuteAsync(Context).ConfigureAwait(false);
    }
}
