using Jixiao.Data.Entities;

namespace Jixiao.Web.Endpoints;

/// <summary>The ETag of a report version: report, version number and the start of its content hash.</summary>
public static class VersionETag
{
    public static string Of(ReportVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Of(version.ReportId, version.Number, version.ContentHash);
    }

    /// <summary>The ETag of version <paramref name="number"/> of a report whose content hash is <paramref name="contentHash"/>.</summary>
    public static string Of(int reportId, int number, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return $"\"{reportId}-{number}-{contentHash[..16]}\"";
    }
}
