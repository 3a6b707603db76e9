using System.Globalization;

namespace Jixiao.Web.Dashboards;

/// <summary>Where a report is: its model in the API (`/api/reports/{id}`) and its page in the workbench (`/reports/{id}`).</summary>
public sealed record ReportLinks(string Api, string Page)
{
    public static ReportLinks Of(int reportId)
    {
        var id = reportId.ToString(CultureInfo.InvariantCulture);
        return new ReportLinks("/api/reports/" + id, "/reports/" + id);
    }
}
