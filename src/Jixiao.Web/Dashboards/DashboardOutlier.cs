namespace Jixiao.Web.Dashboards;

/// <summary>
/// A report a reviewer should look at first, and why: <see cref="Kind"/> is one of <see cref="DashboardOutliers"/>'
/// codes, <see cref="Detail"/> one Chinese sentence, <see cref="Indicators"/> the indicators (or score items) concerned.
/// </summary>
public sealed record DashboardOutlier(
    string Kind,
    string Title,
    int ReportId,
    string Department,
    int Year,
    string Detail,
    IReadOnlyList<string> Indicators,
    ReportLinks Links);
