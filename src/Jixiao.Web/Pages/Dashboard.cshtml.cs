using System.Globalization;
using Jixiao.Audit.Output;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.Reports;
using Jixiao.Web.Dashboards;
using Jixiao.Web.Security;

namespace Jixiao.Web.Pages;

/// <summary>
/// 审核看板 (/dashboard?year=&amp;department=): the <see cref="Dashboard"/> of the caller's scope (reviewers and admins all
/// reports, department users their department and its 下属单位) as a page: summary cards, charts, outliers and one row per
/// report with its 结果应用 suggestion. The dashboard comes from the <see cref="DashboardCache"/> (shared with `GET /api/dashboard`); the page is rendered each time. Without <c>year</c> the newest year is shown; <c>year=all</c> shows every year.
/// The cards and charts cover every report; the outliers and the reports are listed <see cref="RowPage.Size"/> to a
/// page in the dashboard's order (<c>outliers=</c> and <c>reports=</c>, the first page by default), with links to the others.
/// </summary>
public sealed class DashboardModel(ReportAccess access, ReportStore store, DashboardCache cache, IConfiguration configuration) : WorkbenchPage
{
    /// <summary>The <c>year</c> value that shows every year.</summary>
    public const string AllYears = "all";

    /// <summary>The year shown, null for every year.</summary>
    public int? Year { get; private set; }

    /// <summary>The department filter as typed (id or full name), or null.</summary>
    public string? Department { get; private set; }

    /// <summary>The years there are reports of in the caller's scope, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The dashboard; null when the 结果应用 rule is misconfigured (<see cref="WorkbenchPage.Message"/> says why).</summary>
    public DashboardView? View { get; private set; }

    /// <summary>The page of the reports shown (<c>reports=</c>; not <c>page</c>, which Razor Pages routes on); null without a dashboard.</summary>
    public RowPage<DashboardItem>? Reports { get; private set; }

    /// <summary>The page of the outliers shown (<c>outliers=</c>); null without a dashboard.</summary>
    public RowPage<DashboardOutlier>? Outliers { get; private set; }

    public async Task OnGetAsync(string? year, string? department, int? reports, int? outliers, CancellationToken cancellationToken)
    {
        Department = string.IsNullOrWhiteSpace(department) ? null : department.Trim();
        var scope = await access.ScopeAsync(Caller, cancellationToken).ConfigureAwait(false);
        Years = await store.YearsAsync(scope, cancellationToken).ConfigureAwait(false);
        Year = year == AllYears ? null
            : int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) ? chosen
            : Years.Count > 0 ? Years[0] : null;
        var (rule, error) = ResultApplicationSource.From(configuration);
        if (rule is null)
        {
            Message = error;
            return;
        }

        var departments = Department is null ? scope : await access.ScopeAsync(Caller, Department, cancellationToken).ConfigureAwait(false);
        var stamp = await store.DashboardStampAsync(cancellationToken).ConfigureAwait(false);
        View = (await cache.GetAsync(DashboardCache.KeyOf(departments, Year, rule), stamp, cancellationToken).ConfigureAwait(false)).View;
        Reports = RowPage.Of(View.Items, reports);
        Outliers = RowPage.Of(View.Outliers, outliers);
    }

    /// <summary>The address of this dashboard (same year and department filter) showing these pages of the reports and outliers.</summary>
    public string PageLink(int reportsPage, int outliersPage)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { ["year"] = Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears };
        if (Department is not null)
        {
            query["department"] = Department;
        }

        if (outliersPage > 1)
        {
            query["outliers"] = outliersPage.ToString(CultureInfo.InvariantCulture);
        }

        if (reportsPage > 1)
        {
            query["reports"] = reportsPage.ToString(CultureInfo.InvariantCulture);
        }

        return "/dashboard" + QueryString.Create(query);
    }

    /// <summary>The Chinese name of a status code of the dashboard.</summary>
    public static string StatusName(string code) => ReportStatusNames.Parse(code) is { } status ? ReportStatusNames.Chinese(status) : code;

    /// <summary>The Chinese name of a genre code of the dashboard.</summary>
    public static string GenreName(string code) =>
        Enum.GetValues<ReportGenre>().Where(g => GenreNames.Of(g) == code).Select(GenreNames.Chinese).FirstOrDefault() ?? code;

    /// <summary>A rate or score for the page ("—" when unknown).</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>An amount in 元 shown in 万元 with two decimals.</summary>
    public static string Wan(decimal value) => (value / 10000m).ToString("#,0.00", CultureInfo.InvariantCulture);
}
