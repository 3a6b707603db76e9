using System.Diagnostics;

namespace Jixiao.Web;

/// <summary>
/// One log line per request: method, path (without the query), status, elapsed milliseconds and the signed-in user.
/// Bodies, headers (tokens, cookies) and passwords are never logged.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(context).ConfigureAwait(false);
            failed = false;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                    var status = failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                logger.LogInformation(
                    "{Method} {Path} {Status} {ElapsedMs} ms {User}",
                    context.Request.Method,
                    context.Request.Path.Value,
                    status,
                    Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
                    context.User.Identity?.Name ?? "-");
            }
        }
    }
}
