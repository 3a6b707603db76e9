using Jixiao.Domain.ResultApplication;

namespace Jixiao.Web.Dashboards;

/// <summary>The answer of `GET /api/dashboard`: one item per report, the totals, the outliers and the 结果应用 rule used.</summary>
public sealed record DashboardView(
    IReadOnlyList<DashboardItem> Items,
    DashboardTotals Totals,
    IReadOnlyList<DashboardOutlier> Outliers,
    ResultApplicationRule ResultApplicationRule);
