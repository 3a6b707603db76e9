using Jixiao.Data;
using Jixiao.Data.Accounts;
using Jixiao.Documents;
using Jixiao.Web.Endpoints;

namespace Jixiao.Web.Workbench;

/// <summary>An import file (.xlsx or .csv, field `file`) uploaded on a 管理 page, read as a <see cref="RosterSheet"/>; or the one Chinese line why not.</summary>
public static class RosterUpload
{
    public static async Task<(RosterSheet? Sheet, string? Problem)> ReadAsync(HttpRequest request, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var (_, file, problem) = await UploadedFile.ReadAsync(request, limits.MaxFileBytes, "文件过大", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, ProblemText.Of(problem));
        }

        var bytes = await UploadedFile.BytesAsync(file!, cancellationToken).ConfigureAwait(false);
        try
        {
            return (RosterSheet.Read(bytes, Path.GetFileName(file!.FileName)), null);
        }
        catch (StorageException e)
        {
            return (null, e.Message);
        }
    }
}
