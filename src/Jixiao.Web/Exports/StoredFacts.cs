using Jixiao.Data.Storage;
using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;

namespace Jixiao.Web.Exports;

/// <summary>
/// The key figures of the latest version of each listed report, for bulk exports: the models are read
/// <see cref="BatchSize"/> versions per query, so memory stays bounded by the batch whatever the number of reports.
/// </summary>
public static class StoredFacts
{
    public const int BatchSize = 100;

    public static async IAsyncEnumerable<(ReportListing Report, KeyFigures Facts)> OfAsync(
        ReportStore store, IReadOnlyList<ReportListing> reports, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var batch in reports.Chunk(BatchSize))
        {
            var models = await store.ModelJsonsAsync([.. batch.Select(r => r.VersionId)], cancellationToken).ConfigureAwait(false);
            foreach (var report in batch)
            {
                if (models.TryGetValue(report.VersionId, out var json) && ModelJson.Deserialize(json) is { } model)
                {
                    yield return (report, KeyFigures.Of(model));
                }
            }
        }
    }
}
