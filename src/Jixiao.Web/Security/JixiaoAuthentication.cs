using Microsoft.AspNetCore.Authentication;

namespace Jixiao.Web.Security;

/// <summary>
/// The authentication schemes: `Authorization: Bearer TOKEN` when the request has an Authorization header, else the
/// sign-in session cookie. Both give the same claims, read by <see cref="Caller"/>.
/// </summary>
public static class JixiaoAuthentication
{
    /// <summary>The default scheme: forwards to the bearer or the session scheme.</summary>
    public const string SchemeName = "Jixiao";

    public static IServiceCollection AddJixiaoAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "令牌或登录会话", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? BearerAuthentication.SchemeName : SessionCookie.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthentication>(BearerAuthentication.SchemeName, null)
            .AddCookie(SessionCookie.SchemeName);
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(SessionCookie.SchemeName)
            .Configure<WebSettings>((options, settings) => SessionCookie.Configure(options, settings.SessionLifetime));
        return services;
    }
}
