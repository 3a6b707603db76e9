namespace Jixiao.Web.Endpoints;

/// <summary>
/// The size limits of attachments (佐证材料): per file and per report (all its attachments together). Configured as
/// `Attachments:MaxFileBytes` and `Attachments:MaxReportBytes` (environment `Attachments__MaxFileBytes`…); defaults 20 MB and 200 MB.
/// </summary>
public sealed record AttachmentLimits(long MaxFileBytes, long MaxReportBytes)
{
    public const string Section = "Attachments";

    public static readonly AttachmentLimits Default = new(20L * 1024 * 1024, 200L * 1024 * 1024);

    /// <summary>Room for the multipart envelope (and the description) around a file of the largest accepted size.</summary>
    private const long MultipartOverhead = 64 * 1024;

    /// <summary>The largest request body the upload endpoint accepts.</summary>
    public long RequestBytes => MaxFileBytes + MultipartOverhead;

    public static AttachmentLimits From(IConfiguration configuration) => new(
        configuration.GetValue($"{Section}:{nameof(MaxFileBytes)}", Default.MaxFileBytes),
        configuration.GetValue($"{Section}:{nameof(MaxReportBytes)}", Default.MaxReportBytes));
}
