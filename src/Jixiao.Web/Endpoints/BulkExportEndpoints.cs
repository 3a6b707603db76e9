using System.Text;
using Jixiao.Audit.Output;
using Jixiao.Data.Storage;
using Jixiao.Web.Exports;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// Bulk exports over the latest version of every report in the caller's scope (optionally of one year and one
/// department): `GET /api/exports/facts.csv` (the columns of `jixiao facts --format csv`, one row per report) and
/// `GET /api/exports/datapackage` (a zip <see cref="FiscalDataPackage"/>).
/// </summary>
public static class BulkExportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/exports/facts.csv", Facts);
        api.MapGet("/exports/datapackage", DataPackage);
    }

    private static async Task<IResult> Facts(int? year, string? department, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder().Append(FactsCsv.Header).Append('\n');
        await foreach (var (_, facts) in StoredFacts.OfAsync(store, await ListAsync(year, department, caller, access, store, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            csv.Append(FactsCsv.Row(facts)).Append('\n');
        }

        return Results.File(new UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", FileName(year, "关键数据", ".csv"));
    }

    private static async Task<IResult> DataPackage(
        int? year, string? department, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        var entries = new List<FiscalDataPackage.Entry>();
        await foreach (var (report, facts) in StoredFacts.OfAsync(store, await ListAsync(year, department, caller, access, store, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new FiscalDataPackage.Entry(report.Id, facts));
        }

        var zip = FiscalDataPackage.Write(entries, year, TimeProvider.System.GetUtcNow());
        return Results.File(zip, "application/zip", FileName(year, "财政数据包", ".zip"));
    }

    private static async Task<IReadOnlyList<ReportListing>> ListAsync(
        int? year, string? department, Caller caller, ReportAccess access, ReportStore store, CancellationToken cancellationToken)
    {
        var departments = await access.ScopeAsync(caller, department, cancellationToken).ConfigureAwait(false);
        return await store.ReportsAsync(departments, year, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string FileName(int? year, string what, string extension) => (year is { } y ? $"{y}年度" : "全部年度") + $"绩效自评{what}{extension}";
}
