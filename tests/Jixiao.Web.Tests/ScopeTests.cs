using System.Net;
using System.Text;
using Jixiao.Testing;
using Jixiao.Testing.Databases;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Department scope over the whole route table, once per database: every route that names a report — API and pages, read
/// or change, present or added later — answers a department user with 404 for another department's report.
/// </summary>
public abstract class ScopeTests(IDatabaseServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_route_of_a_report_is_404_for_another_departments_user()
    {
        await using var host = await ApiHost.StartAsync(server, Cancel);
        var reviewer = host.Client(host.ReviewerToken);
        using var created = await ApiResponses.Json(await reviewer.PostAsync("/api/reports", Upload.Form(BundledSample.Path, ApiHost.DepartmentB), Cancel));
        var ofB = created.RootElement.GetProperty("id").GetInt32();
        var userA = host.Client(host.UserAToken);
        var routes = ReportRoutes(host.Services).ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} report routes found: {string.Join(", ", routes)}");

        // Page forms carry an antiforgery token: take a valid one of user A's from their own upload page.
        var form = await userA.GetStringAsync("/upload", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        var reached = new List<string>();
        foreach (var (method, pattern) in routes)
        {
            var path = "/" + pattern.TrimStart('/')
                .Replace("{id:int}", ofB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{attachmentId:long}", "1", StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = path.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("reason", "越权"), new("etag", "\"x\"")]);
            }

            using var response = await userA.SendAsync(request, Cancel);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                reached.Add($"{method} {path} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
            }
        }

        Assert.True(reached.Count == 0, string.Join("\n", reached));
        using var list = await ApiResponses.Json(await userA.GetAsync("/api/reports", Cancel));
        Assert.Empty(list.RootElement.EnumerateArray());
    }

    /// <summary>
    /// Each (method, address) of the app whose route names a report by its id: API routes by their methods, pages by GET,
    /// a POST naming no handler, and each of their named handlers (`?handler=Submit`).
    /// </summary>
    private static IEnumerable<(string Method, string Pattern)> ReportRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.Contains("{id:int}", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page
                ? page.HandlerMethods.Where(h => h.Name is not null)
                    .Select(h => (h.HttpMethod.ToUpperInvariant(), $"{e.RoutePattern.RawText}?handler={h.Name}"))
                    .Append(("GET", e.RoutePattern.RawText!))
                    .Append(("POST", e.RoutePattern.RawText!))
                : (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal);
}

public sealed class SqliteScopeTests(SqliteServer server) : ScopeTests(server), IClassFixture<SqliteServer>;

public sealed class PostgresScopeTests(PostgresServer server) : ScopeTests(server), IClassFixture<PostgresServer>;
