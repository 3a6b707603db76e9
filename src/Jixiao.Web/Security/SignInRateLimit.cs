using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Jixiao.Web.Security;

/// <summary>
/// Sign-in attempts (POSTs; showing the 登录 page is not one) per client IP address: at most `SignIn:PerMinute` (default 10) in a fixed one-minute window, then
/// 429 `too-many-requests` with Retry-After until the window ends.
/// </summary>
public static class SignInRateLimit
{
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<WebSettings>((options, settings) =>
        {
            options.AddPolicy(PolicyName, context => !HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetNoLimiter(string.Empty) : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Problems.TooManyRequests("登录尝试过于频繁，请稍后再试").ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }
}
