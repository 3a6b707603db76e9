using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Data.Storage;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.ReportViews;

/// <summary>
/// The <see cref="ReportVersionView"/> of recently viewed versions, keyed by the version's id and content hash: a version
/// never changes once saved, so an entry is never stale, in this process or beside others over the same database (a
/// database restored from a backup with other content under the same id has another hash). Building one reads the model
/// JSON, deserialises and audits it and lays out its tables, once; concurrent requests for the same version share that.
/// Memory is bounded: entries are sized by <see cref="ReportVersionView.EstimatedBytes"/> and the cache holds at most
/// <see cref="CacheMegabytesKey"/> megabytes (default <see cref="DefaultCacheMegabytes"/>), evicting the least recently used.
/// </summary>
public sealed class ReportViewCache : IDisposable
{
    /// <summary>The configuration key of the cache's size in megabytes (docs/configuration.md).</summary>
    public const string CacheMegabytesKey = "ReportViews:CacheMegabytes";

    /// <summary>The default size: about 700 versions of the bundled sample (~350 KB each).</summary>
    public const int DefaultCacheMegabytes = 256;

    /// <summary>The allowance for one finding or score line in <see cref="ReportVersionView.EstimatedBytes"/>.</summary>
    private const int LineBytes = 2048;

    private readonly IServiceScopeFactory scopes;
    private readonly HtmlEncoder encoder;
    private readonly MemoryCache cache;
    private readonly ConcurrentDictionary<(int Id, string Hash), Lazy<Task<ReportVersionView>>> building = new();
    private int built;

    public ReportViewCache(IServiceScopeFactory scopes, HtmlEncoder encoder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var megabytes = configuration.GetValue(CacheMegabytesKey, (double)DefaultCacheMegabytes);
        if (megabytes <= 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"设置有误：{CacheMegabytesKey}（{megabytes}）须大于 0"));
        }

        this.scopes = scopes;
        this.encoder = encoder;
        SizeLimit = (long)(megabytes * 1024 * 1024);
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimit, TrackStatistics = true });
    }

    /// <summary>The most the entries may add up to (bytes, as estimated).</summary>
    public long SizeLimit { get; }

    /// <summary>What the entries kept now add up to (bytes, as estimated).</summary>
    public long Size => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>How many entries are kept now.</summary>
    public int Count => cache.Count;

    /// <summary>How many views were built (not answered from the cache); for tests.</summary>
    public int Built => built;

    /// <summary>The view of this version, from the cache or built now.</summary>
    public async Task<ReportVersionView> GetAsync(VersionHeader version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var key = (version.Id, version.ContentHash);
        if (cache.TryGetValue(key, out ReportVersionView? view))
        {
            return view!;
        }

        var pending = building.GetOrAdd(key, k => new Lazy<Task<ReportVersionView>>(() => BuildAsync(k, version)));
        return await pending.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => cache.Dispose();

    private async Task<ReportVersionView> BuildAsync((int Id, string Hash) key, VersionHeader version)
    {
        await Task.Yield();
        try
        {
            // A scope of its own: the build is shared by every request waiting for it and outlives none of their cancellations.
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ReportStore>();
            var stored = await store.FindVersionAsync(version.ReportId, version.Number, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"version {version.Number} of report {version.ReportId} is gone");
            var audited = await VersionFindings.OfAsync(stored, store, CancellationToken.None).ConfigureAwait(false);
            var findings = audited.Document.Findings.Select((f, i) => new FindingView(i + 1, f, audited.Fingerprints[i], null)).ToArray();
            var hover = findings
                .SelectMany(f => f.Keys.Select(k => (Key: k, Finding: f)))
                .GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(p => $"{p.Finding.Number}. [{p.Finding.Finding.RuleId}] {p.Finding.Finding.Title}")), StringComparer.Ordinal);
            var composed = ReportComposer.Compose(audited.Model, CompositionOptions.Default with { Charts = false });
            TablePart[] tables = [.. composed.Parts.OfType<TablePart>().Prepend(FinanceTable.Of(audited.Model)).OfType<TablePart>()];
            var html = ReportTablesHtml.Of(tables, k => hover.GetValueOrDefault(k), encoder);
            var score = ScoreSheetBuilder.Build(audited.Model, SchemeLibrary.DefaultFor(audited.Model));
            var view = new ReportVersionView([.. findings.Select(f => (f.Finding, f.Fingerprint))], new HtmlString(html), score)
            {
                EstimatedBytes = 2L * html.Length + (long)LineBytes * (findings.Length + (score?.Lines.Count ?? 0)),
            };
            cache.Set(key, view, new MemoryCacheEntryOptions { Size = view.EstimatedBytes });
            Interlocked.Increment(ref built);
            return view;
        }
        finally
        {
            building.TryRemove(key, out _);
        }
    }
}
