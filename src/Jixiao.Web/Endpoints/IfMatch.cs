using Jixiao.Data.Entities;

namespace Jixiao.Web.Endpoints;

/// <summary>`If-Match` on changes: absent → allowed; present → it must name the ETag of the report's current version.</summary>
public static class IfMatch
{
    /// <summary>Whether the request may change the report whose latest version is <paramref name="current"/> (null: no report yet).</summary>
    public static bool Holds(HttpRequest request, ReportVersion? current)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return true;
        }

        if (current is null)
        {
            return false;
        }

        var etag = VersionETag.Of(current);
        return header.SelectMany(h => (h ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(tag => tag == "*" || tag == etag);
    }

    /// <summary>Whether the request carries `If-Match` at all.</summary>
    public static bool Present(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.IfMatch.Count > 0;
    }

    /// <summary>The 412 problem when <see cref="Holds"/> is false.</summary>
    public static IResult Stale(ReportVersion? current) =>
        Problems.Stale(current is null
            ? "报告还不存在，If-Match 不能成立"
            : $"报告 {current.ReportId} 的当前版本是第 {current.Number} 版（ETag {VersionETag.Of(current)}），与 If-Match 不符，请刷新后重试");
}
