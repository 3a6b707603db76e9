using System.Net;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>Reading the API's answers in tests: JSON bodies, problem details and report ids of a list.</summary>
internal static class ApiResponses
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<JsonDocument> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

    public static async Task<int[]> Ids(HttpClient client, string path)
    {
        using var list = await Json(await client.GetAsync(path, Cancel));
        return list.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToArray();
    }

    /// <summary>Asserts a problem+json answer with this code (and status, when given) and returns it.</summary>
    public static async Task<JsonDocument> AssertProblem(HttpResponseMessage response, string code, HttpStatusCode? status = null)
    {
        if (status is { } expected)
        {
            Assert.Equal(expected, response.StatusCode);
        }

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        return problem;
    }
}
