using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Security;

/// <summary>
/// The sign-in session: an encrypted cookie (HttpOnly, SameSite=Strict, Secure on HTTPS, sliding expiry) carrying the
/// same claims as a bearer token plus a stamp of the password hash, so that a changed password ends old sessions.
/// Without a valid session an API call gets a 401 problem, never a redirect; a workbench page redirects to 登录.
/// </summary>
public static class SessionCookie
{
    public const string SchemeName = "Session";

    public const string CookieName = "jixiao.session";

    /// <summary>The workbench's 登录 page, where a page request without a session is sent.</summary>
    public const string SignInPath = "/login";

    private const string StampClaim = "jixiao:stamp";

    /// <summary>The signed-in principal of <paramref name="user"/>.</summary>
    public static ClaimsPrincipal Principal(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = Caller.From(user).Claims().Append(new Claim(StampClaim, Stamp(user)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    /// <summary>Whether <paramref name="principal"/> was issued for the password <paramref name="user"/> has now.</summary>
    public static bool IsCurrent(ClaimsPrincipal principal, User user)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(user);
        return user.PasswordHash is not null && principal.FindFirstValue(StampClaim) == Stamp(user);
    }

    public static void Configure(CookieAuthenticationOptions options, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        options.LoginPath = SignInPath;
        options.Events.OnRedirectToLogin = context =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            }

            return Problems.Unauthorized("请先登录（POST /api/session）或带 Authorization: Bearer 令牌").ExecuteAsync(context.HttpContext);
        };
        options.Events.OnRedirectToAccessDenied = context =>
            Problems.Forbidden("无权进行此操作").ExecuteAsync(context.HttpContext);
    }

    private static string Stamp(User user) =>
        user.PasswordHash is null ? string.Empty : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash)))[..16];
}
