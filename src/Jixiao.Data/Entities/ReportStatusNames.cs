namespace Jixiao.Data.Entities;

/// <summary>The names of a <see cref="ReportStatus"/>: a stable lowercase code for the API and the Chinese name for people.</summary>
public static class ReportStatusNames
{
    public static string Code(ReportStatus status) => status.ToString().ToLowerInvariant();

    public static string Chinese(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.Submitted => "已提交",
        ReportStatus.Returned => "已退回",
        ReportStatus.Approved => "已通过",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status whose code (or Chinese name) this is, or null.</summary>
    public static ReportStatus? Parse(string text)
    {
        var trimmed = text.Trim();
        return Enum.GetValues<ReportStatus>()
            .Select(s => (ReportStatus?)s)
            .FirstOrDefault(s => string.Equals(Code(s!.Value), trimmed, StringComparison.OrdinalIgnoreCase) || Chinese(s.Value) == trimmed);
    }
}
