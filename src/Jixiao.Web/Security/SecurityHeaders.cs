namespace Jixiao.Web.Security;

/// <summary>
/// Headers on every response that keep browsers from running injected script, framing the pages, sniffing content
/// types or leaking addresses: Content-Security-Policy (only this origin; no inline script), X-Content-Type-Options,
/// Referrer-Policy and X-Frame-Options.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Inline styles are allowed for the generated HTML reports; scripts only from this origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
