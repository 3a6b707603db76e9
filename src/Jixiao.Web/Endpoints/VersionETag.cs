using Jixiao.Data.Entities;

namespace Jixiao.Web.Endpoints;

/// <summary>The ETag of a report version: report, version number and the start of its content hash.</summary>
public static class VersionETag
{
    public static string Of(ReportVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return $"\"{version.ReportId}-{version.Number}-{version.ContentHash[..16]}\"";
    }
}
