using Jixiao.Data.Storage;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

/// <summary>The digest of a version: written with it on save, computed once and stored for a version saved without one.</summary>
public abstract class DigestTests(IDatabaseServer server) : StorageTests(server)
{
    [Fact]
    public async Task Saving_a_version_stores_its_digest_and_reading_it_needs_no_model()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);

        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel);

        var expected = VersionDigest.Of(BundledSample.Report);
        var digest = (await store.DigestsAsync([saved.Id], Cancel))[saved.Id];
        Assert.Equal(expected, digest);
        Assert.Equal(BundledSample.Report.Expenditure?.Adjusted?.Value, digest.AdjustedBudget);
        Assert.True(digest.IndicatorCount > 0);
        Assert.Equal(expected.Indicators(), digest.Indicators());
    }

    [Fact]
    public async Task A_version_without_a_digest_is_digested_once_and_the_digest_stored()
    {
        await using var db = await (await Migrated()).OpenAsync(Cancel);
        var store = new ReportStore(db);
        var user = await Reviewer(store);
        var saved = await store.SaveVersionAsync(new VersionDraft(BundledSample.Report, []), user, Cancel);
        // As a version saved before the digest table existed looks after the migration.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"VersionDigests\" WHERE \"VersionId\" = {0}", [saved.Id], Cancel);

        Assert.Equal(1, await store.FillDigestsAsync(Cancel));
        Assert.Equal(0, await store.FillDigestsAsync(Cancel));

        var stored = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == saved.Id, Cancel);
        Assert.NotNull(stored.Digest);
        Assert.Equal(VersionDigest.Of(BundledSample.Report), (await store.DigestsAsync([saved.Id], Cancel))[saved.Id]);
        Assert.Equal(saved.ModelJson, stored.ModelJson);
    }
}

public sealed class SqliteDigestTests(SqliteServer server) : DigestTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresDigestTests(PostgresServer server) : DigestTests(server), IClassFixture<PostgresServer>;
