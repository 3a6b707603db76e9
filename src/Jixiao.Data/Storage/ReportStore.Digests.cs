using Jixiao.Documents.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>
/// The <see cref="VersionDigest"/> of versions, read from their digest columns (one query, no model JSON). A version
/// saved before those columns existed (<c>DigestVersion</c> below <see cref="VersionDigest.CurrentVersion"/>) is
/// digested from its model once, the first time it is asked for or by <c>jixiao db migrate</c>, and the result stored.
/// </summary>
public sealed partial class ReportStore
{
    /// <summary>Models read per query when digesting old versions, so memory stays bounded (a model is ~200 KB of JSON).</summary>
    public const int DigestBatchSize = 100;

    /// <summary>The digests of these versions, by version id (a version that does not exist is left out).</summary>
    public async Task<IReadOnlyDictionary<int, VersionDigest>> DigestsAsync(IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versionIds);
        var rows = await db.Versions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                v.DigestVersion,
                Digest = new VersionDigest(
                    v.ExecutionRate, v.ExpenditureAdjusted, v.ExpenditureActual, v.StatedScore, v.RecomputedScore, v.Grade, v.StatedGrade,
                    v.IndicatorCount, v.RatedIndicators, v.IndicatorsAtHundred, v.IndicatorsOverTarget, v.IndicatorDigest ?? "[]"),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var digests = rows.Where(r => r.DigestVersion == VersionDigest.CurrentVersion).ToDictionary(r => r.Id, r => r.Digest);
        var stale = rows.Where(r => r.DigestVersion != VersionDigest.CurrentVersion).Select(r => r.Id).ToArray();
        if (stale.Length > 0)
        {
            foreach (var (id, digest) in await DigestAndStoreAsync(stale, cancellationToken).ConfigureAwait(false))
            {
                digests[id] = digest;
            }
        }

        return digests;
    }

    /// <summary>Digests every version whose digest columns are missing or out of date and stores the digests; returns how many.</summary>
    public async Task<int> FillDigestsAsync(CancellationToken cancellationToken = default)
    {
        var stale = await db.Versions.AsNoTracking()
            .Where(v => v.DigestVersion != VersionDigest.CurrentVersion)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (await DigestAndStoreAsync(stale, cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <summary>
    /// Reads these versions in batches, digests their models (<see cref="VersionDigest.None"/> for a model this build
    /// cannot read) and saves the digest columns, one transaction per batch: the model and every other column stay as saved.
    /// </summary>
    private async Task<Dictionary<int, VersionDigest>> DigestAndStoreAsync(IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken)
    {
        var digests = new Dictionary<int, VersionDigest>();
        foreach (var batch in versionIds.Chunk(DigestBatchSize))
        {
            db.ChangeTracker.Clear();
            foreach (var version in await db.Versions.Where(v => batch.Contains(v.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                var digest = ModelJson.Deserialize(version.ModelJson) is { } report ? VersionDigest.Of(report) : VersionDigest.None;
                digest.WriteTo(version);
                digests[version.Id] = digest;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return digests;
    }
}
