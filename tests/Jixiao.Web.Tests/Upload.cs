using System.Net.Http.Headers;
using Jixiao.Testing;

namespace Jixiao.Web.Tests;

/// <summary>The multipart form of `POST /api/reports`, and uploading the bundled sample with it.</summary>
internal static class Upload
{
    public static MultipartFormDataContent Form(string path, string? department = null, string? year = null) =>
        Form(Path.GetFileName(path), File.ReadAllBytes(path), department, year);

    public static MultipartFormDataContent Form(string name, byte[] bytes, string? department = null, string? year = null)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { content, "file", name } };
        if (department is not null)
        {
            form.Add(new StringContent(department), "department");
        }

        if (year is not null)
        {
            form.Add(new StringContent(year), "year");
        }

        return form;
    }

    /// <summary>Uploads the bundled sample and returns the report's id.</summary>
    public static async Task<int> SampleAsync(HttpClient client)
    {
        using var created = await ApiResponses.Json(await client.PostAsync("/api/reports", Form(BundledSample.Path), TestContext.Current.CancellationToken));
        return created.RootElement.GetProperty("id").GetInt32();
    }
}
