using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Security;

/// <summary>
/// Checks a session against the database on every request (one lookup by primary key): a user who was removed or whose
/// password changed or was taken away is signed out; otherwise the claims are rebuilt from the user as stored now, so a
/// changed role or department takes effect at once.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var store = context.HttpContext.RequestServices.GetRequiredService<ReportStore>();
        var user = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            ? await store.FindUserAsync(userId, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (user is null || !SessionCookie.IsCurrent(context.Principal!, user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SessionCookie.SchemeName).ConfigureAwait(false);
            return;
        }

        context.ReplacePrincipal(SessionCookie.Principal(user));
    }
}
