using Microsoft.AspNetCore.Antiforgery;

namespace Jixiao.Web.Security;

/// <summary>
/// Cross-site request forgery: a change (POST, PUT, PATCH, DELETE) not made with a bearer token — so made with the
/// session cookie, or signing in — must carry the header `X-Jixiao-Request` (scripts; a browser does not send a custom
/// header cross-site without CORS, which the server does not allow) or a valid ASP.NET Core antiforgery token (form
/// field `__RequestVerificationToken`, for server-rendered forms); otherwise 403 `cross-site`.
/// </summary>
public sealed class RequestForgeryProtection(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-Jixiao-Request";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsSafe(context.Request.Method)
            || context.User.Identity?.AuthenticationType == BearerAuthentication.SchemeName
            || context.Request.Headers.ContainsKey(HeaderName)
            || await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await Problems.CrossSite($"用登录会话修改数据时须带请求头 {HeaderName}: 1（或页面表单中的防伪令牌）").ExecuteAsync(context).ConfigureAwait(false);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
