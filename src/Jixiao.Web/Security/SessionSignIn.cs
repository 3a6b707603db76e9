using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Microsoft.AspNetCore.Authentication;

namespace Jixiao.Web.Security;

/// <summary>
/// Signing in and out with the session cookie, for `POST/DELETE /api/session` and the workbench's 登录 page alike: the
/// password is checked by the store (which records the attempt and locks the account after too many wrong ones), the
/// outcome is logged, and on success the session cookie is set.
/// </summary>
public static class SessionSignIn
{
    /// <summary>The log category of sign-in and sign-out lines.</summary>
    public const string LogCategory = "Jixiao.Web.Session";

    /// <summary>The message for a locked account, naming the minutes left.</summary>
    public static string LockedMessage(int minutes) => $"账户已锁定，请 {minutes} 分钟后再试";

    public static async Task<SessionSignInOutcome> SignInAsync(HttpContext context, string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = context.RequestServices.GetRequiredService<ReportStore>();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "未知地址";
        var attempt = await store.SignInAsync(name, password, client, cancellationToken).ConfigureAwait(false);
        if (attempt.User is not { } user)
        {
            logger.LogWarning("Sign-in {Outcome} for {UserName} from {Client}", attempt.LockedUntil is null ? "failed" : "locked", name, client);
            return new SessionSignInOutcome(null, attempt.LockedUntil is { } until ? (int)Math.Ceiling((until - DateTimeOffset.UtcNow).TotalMinutes) : null);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Sign-in {Outcome} for {UserName} from {Client}", "succeeded", user.Name, client);
        }

        await context.SignInAsync(SessionCookie.SchemeName, SessionCookie.Principal(user)).ConfigureAwait(false);
        return new SessionSignInOutcome(user, null);
    }

    public static async Task SignOutAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        if (context.User.Identity?.AuthenticationType == SessionCookie.SchemeName && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Sign-out for {UserName}", context.User.Identity.Name);
        }

        await context.SignOutAsync(SessionCookie.SchemeName).ConfigureAwait(false);
    }
}
