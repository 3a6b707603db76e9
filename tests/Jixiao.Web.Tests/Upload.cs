using System.Net.Http.Headers;

namespace Jixiao.Web.Tests;

/// <summary>The multipart form of `POST /api/reports`.</summary>
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
}
