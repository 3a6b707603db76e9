using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.LoadBench;

/// <summary>
/// Drives a running server: signs in as the seeded reviewer (session cookie), then for each target sends
/// <see cref="Options.Requests"/> GETs from <see cref="Options.Clients"/> concurrent clients and prints p50/p95/p99/max
/// and throughput; first the cold and warm time of one dashboard request, last the time of uploads of the sample. Report
/// pages are measured twice: each report's first view (the server builds and caches what never changes in a version),
/// then the load over the same reports.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(Options options)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = options.Clients };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("X-Jixiao-Request", "1");
        (await client.PostAsJsonAsync("/api/session", new { name = Options.Reviewer, password = Options.Password })).EnsureSuccessStatusCode();

        var dashboard = $"/api/dashboard?year={options.Year}";
        var (cold, body) = await TimeAsync(client, dashboard);
        var (warm, _) = await TimeAsync(client, dashboard);
        var (all, _) = await TimeAsync(client, "/api/dashboard");
        using var json = JsonDocument.Parse(body);
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToArray();
        Console.WriteLine($"{dashboard}：{ids.Length} 项，{body.Length / 1024} KB；首次 {cold:0} ms，再次 {warm:0} ms；全部年度 {all:0} ms");

        await LoadAsync(client, options, options.Requests, dashboard, _ => dashboard);
        await LoadAsync(client, options, options.Requests, $"/dashboard?year={options.Year}", _ => $"/dashboard?year={options.Year}");
        await LoadAsync(client, options, ids.Length, "/reports/{id}（每份第一次）", n => $"/reports/{ids[n]}");
        await LoadAsync(client, options, options.Requests, "/reports/{id}", n => $"/reports/{ids[n % ids.Length]}");

        var uploads = new List<double>();
        for (var i = 0; i < options.Uploads; i++)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(options.Sample)), "file", Path.GetFileName(options.Sample));
            form.Add(new StringContent("基准部门000"), "department");
            var timer = Stopwatch.StartNew();
            var response = await client.PostAsync("/api/reports", form);
            uploads.Add(timer.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        uploads.Sort();
        Console.WriteLine($"POST /api/reports（上传并审核样例，依次 {uploads.Count} 次）：首次 {uploads.Max():0} ms，中位数 {Percentile(uploads, 50):0} ms，最快 {uploads[0]:0} ms");
        return 0;
    }

    private static async Task LoadAsync(HttpClient client, Options options, int requests, string label, Func<int, string> path)
    {
        var latencies = new double[requests];
        var next = -1;
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
            {
                var timer = Stopwatch.StartNew();
                using var response = await client.GetAsync(path(n), HttpCompletionOption.ResponseContentRead);
                latencies[n] = timer.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var seconds = wall.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}：{requests} 次，{options.Clients} 个并发客户端，失败 {failures}；p50 {Percentile(sorted, 50):0.0} ms，p95 {Percentile(sorted, 95):0.0} ms，p99 {Percentile(sorted, 99):0.0} ms，最大 {sorted[^1]:0.0} ms；{requests / seconds:0} 次/秒"));
    }

    private static async Task<(double Milliseconds, string Body)> TimeAsync(HttpClient client, string path)
    {
        var timer = Stopwatch.StartNew();
        var body = await client.GetStringAsync(path);
        return (timer.Elapsed.TotalMilliseconds, body);
    }

    private static double Percentile(List<double> sorted, int percent) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
