using System.Globalization;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// The one file of a multipart upload (field `file`) within a size limit, as report uploads and attachments read it:
/// not multipart or no file → 400; a form that cannot be read or is larger than the request limit, or a file above the
/// limit → 413.
/// </summary>
internal static class UploadedFile
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The form and its file, or the problem; <paramref name="tooLargeTitle"/> is the title of a 413.</summary>
    public static async Task<(IFormCollection? Form, IFormFile? File, IResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, string tooLargeTitle, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, null, Problems.BadRequest("请以 multipart/form-data 上传文件（字段 file）"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return (null, null, Problems.TooLarge(tooLargeTitle, $"上传的文件超过 {Size(maxBytes)} 的上限，或表单无法读取"));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return (null, null, Problems.BadRequest("表单中没有文件（字段 file）"));
        }

        return file.Length > maxBytes
            ? (null, null, Problems.TooLarge(tooLargeTitle, $"{Path.GetFileName(file.FileName)}：文件超过 {Size(maxBytes)} 的上限"))
            : (form, file, null);
    }

    public static async Task<byte[]> BytesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>A limit for people: whole megabytes as “20 MB”, anything else in bytes.</summary>
    public static string Size(long bytes) =>
        bytes % Megabyte == 0 ? $"{(bytes / Megabyte).ToString(CultureInfo.InvariantCulture)} MB" : $"{bytes.ToString(CultureInfo.InvariantCulture)} 字节";
}
