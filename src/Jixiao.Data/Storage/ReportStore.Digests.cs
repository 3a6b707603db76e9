using Jixiao.Documents.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>
/// The <see cref="VersionDigest"/> of versions, read from the narrow table <c>VersionDigests</c> (one query, no model
/// JSON). A version saved before that table existed has no row there: it is digested from its model once, the first
/// time it is asked for or by <c>jixiao db migrate</c>, and the row added (the version itself is not changed).
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
            .Select(v => new { v.Id, v.Digest })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var digests = rows.Where(r => r.Digest is not null).ToDictionary(r => r.Id, r => r.Digest!);
        var missing = rows.Where(r => r.Digest is null).Select(r => r.Id).ToArray();
        if (missing.Length > 0)
        {
            foreach (var (id, digest) in await DigestAndStoreAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                digests[id] = digest;
            }
        }

        return digests;
    }

    /// <summary>Digests every version that has no digest yet and stores the digests; returns how many.</summary>
    public async Task<int> FillDigestsAsync(CancellationToken cancellationToken = default)
    {
        var stale = await db.Versions.AsNoTracking()
            .Where(v => v.Digest == null)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (await DigestAndStoreAsync(stale, cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <summary>
    /// Reads these versions in batches, digests their models (<see cref="VersionDigest.None"/> for a model this build
    /// cannot read) and adds their <c>VersionDigests</c> rows, one transaction per batch; the versions stay as saved.
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
                version.Digest = digest;
                digests[version.Id] = digest;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return digests;
    }
}
