using System.Globalization;
using Jixiao.Documents;

namespace Jixiao.Web;

/// <summary>
/// The server's settings beyond the database and the addresses, read once from configuration (docs/configuration.md):
/// `Session:Hours`, `SignIn:PerMinute` and `Limits:*` (the readers' <see cref="ReaderLimits"/>).
/// </summary>
public sealed record WebSettings(TimeSpan SessionLifetime, int SignInsPerMinute, ReaderLimits Limits)
{
    public const string SessionHoursKey = "Session:Hours";

    public const string SignInsPerMinuteKey = "SignIn:PerMinute";

    public const string LimitsSection = "Limits";

    public const double DefaultSessionHours = 8;

    public const int DefaultSignInsPerMinute = 10;

    /// <summary>The settings in <paramref name="configuration"/>, defaults for those not given; a value out of range stops the server.</summary>
    public static WebSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hours = configuration.GetValue(SessionHoursKey, DefaultSessionHours);
        var perMinute = configuration.GetValue(SignInsPerMinuteKey, DefaultSignInsPerMinute);
        var limits = configuration.GetSection(LimitsSection).Get<ReaderLimits>() ?? ReaderLimits.Default;
        if (hours <= 0 || perMinute <= 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"设置有误：{SessionHoursKey}（{hours}）和 {SignInsPerMinuteKey}（{perMinute}）须大于 0"));
        }

        if (limits.NotPositive() is { Count: > 0 } invalid)
        {
            throw new InvalidOperationException($"设置有误：{string.Join("、", invalid.Select(name => $"{LimitsSection}:{name}"))} 须大于 0");
        }

        return new WebSettings(TimeSpan.FromHours(hours), perMinute, limits);
    }
}
