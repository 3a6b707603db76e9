using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Storage;
using Jixiao.Domain.ResultApplication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The computed <see cref="Dashboard"/> of recent requests, keyed by the departments shown (the caller's scope narrowed
/// by the department filter, or all), the year and the 结果应用 rule, and stamped with the <see cref="DataStamp"/> read
/// from the database before it was computed. Every request reads the stamp again (one small query); an entry whose stamp
/// differs is computed anew, so an answer is never staler than the database, and several server processes over one
/// database each keep their own cache and stay right. At most <see cref="Capacity"/> entries are kept (least recently
/// used goes first); concurrent requests for the same key and stamp share one computation. An entry also holds the
/// UTF-8 JSON of `GET /api/dashboard`, serialized once.
/// </summary>
public sealed class DashboardCache(IServiceScopeFactory scopes, IOptions<JsonOptions> json)
{
    /// <summary>How many dashboards are kept (one of all 500 departments of a year is ~1 MB of JSON plus its model).</summary>
    public const int Capacity = 32;

    private static readonly ConditionalWeakTable<ResultApplicationRule, string> RuleHashes = [];

    private readonly Lock gate = new();
    private readonly Dictionary<DashboardKey, LinkedListNode<Slot>> slots = [];
    private readonly LinkedList<Slot> recent = new();

    /// <summary>How many dashboards were computed (not answered from the cache); for tests.</summary>
    public int Computed => computed;

    private int computed;

    /// <summary>The key of the dashboard of these departments (all when null) and year (all when null) under this rule.</summary>
    public static DashboardKey KeyOf(IReadOnlyCollection<int>? departments, int? year, ResultApplicationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var scope = departments is null ? "all" : string.Join(',', departments.Distinct().Order().Select(d => d.ToString(CultureInfo.InvariantCulture)));
        return new DashboardKey(scope, year, rule);
    }

    /// <summary>The ETag of the dashboard of this key under this stamp (the same in every process over the same database).</summary>
    public static string ETagOf(DashboardKey key, DataStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(stamp);
        var rule = RuleHashes.GetValue(key.Rule, r => Hash(JsonSerializer.Serialize(r)));
        var text = $"{key.Scope}|{key.Year?.ToString(CultureInfo.InvariantCulture) ?? "all"}|{rule}";
        return $"\"{stamp}-{Hash(text)}\"";
    }

    /// <summary>The dashboard of this key as of <paramref name="stamp"/> (read from the database just before).</summary>
    public async Task<DashboardEntry> GetAsync(DashboardKey key, DataStamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(stamp);
        Task<DashboardEntry> task;
        lock (gate)
        {
            if (slots.TryGetValue(key, out var node) && node.Value.Stamp == stamp && !node.Value.Entry.IsFaulted && !node.Value.Entry.IsCanceled)
            {
                recent.Remove(node);
                recent.AddFirst(node);
                task = node.Value.Entry;
            }
            else
            {
                if (node is not null)
                {
                    recent.Remove(node);
                }

                task = ComputeAsync(key, stamp);
                slots[key] = recent.AddFirst(new Slot(key, stamp, task));
                while (slots.Count > Capacity && recent.Last is { } last)
                {
                    recent.RemoveLast();
                    slots.Remove(last.Value.Key);
                }
            }
        }

        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DashboardEntry> ComputeAsync(DashboardKey key, DataStamp stamp)
    {
        await Task.Yield();
        Interlocked.Increment(ref computed);

        // A scope of its own: the computation is shared by every request waiting for it and outlives none of their cancellations.
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ReportStore>();
        var departments = key.Scope == "all" ? null : key.Scope.Length == 0 ? [] : key.Scope.Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var view = await new Dashboard(store, key.Rule).BuildAsync(departments, key.Year, CancellationToken.None).ConfigureAwait(false);
        return new DashboardEntry(stamp, ETagOf(key, stamp), view, json.Value.SerializerOptions);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));

    private sealed record Slot(DashboardKey Key, DataStamp Stamp, Task<DashboardEntry> Entry);
}

/// <summary>What a cached dashboard is of: the departments shown ("all", or their ids in order), the year (all when null) and the rule.</summary>
public sealed record DashboardKey(string Scope, int? Year, ResultApplicationRule Rule);

/// <summary>A computed dashboard, the stamp of the data it was computed from, its ETag and (made on first use) its JSON.</summary>
public sealed class DashboardEntry(DataStamp stamp, string etag, DashboardView view, JsonSerializerOptions options)
{
    private readonly Lazy<byte[]> utf8 = new(() => JsonSerializer.SerializeToUtf8Bytes(view, options));

    public DataStamp Stamp { get; } = stamp;

    public string ETag { get; } = etag;

    public DashboardView View { get; } = view;

    /// <summary>The UTF-8 JSON of `GET /api/dashboard`.</summary>
    public byte[] Json => utf8.Value;
}
