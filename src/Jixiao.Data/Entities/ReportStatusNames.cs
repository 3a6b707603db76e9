namespace Jixiao.Data.Entities;

/// <summary>The names of a <see cref="ReportStatus"/>: a stable lowercase code for the API and the Chinese name for people.</summary>
public static class ReportStatusNames
{
    /// <summary>The former Chinese name of <see cref="ReportStatus.Submitted"/>, still accepted by <see cref="Parse"/>.</summary>
    private const string SubmittedAlias = "已提交";

    public static string Code(ReportStatus status) => status switch
    {
        ReportStatus.ParentReview => "parent-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Chinese(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "草稿",
        ReportStatus.ParentReview => "主管部门审核",
        ReportStatus.Submitted => "财政审核",
        ReportStatus.Returned => "已退回",
        ReportStatus.Approved => "已通过",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether the report waits for a review step (主管部门审核 or 财政审核), so that its content is frozen.</summary>
    public static bool InReview(ReportStatus status) => status is ReportStatus.ParentReview or ReportStatus.Submitted;

    /// <summary>A short sentence naming the status, e.g. “报告在财政审核中”, “报告已通过”.</summary>
    public static string Sentence(ReportStatus status) => InReview(status) ? $"报告在{Chinese(status)}中" : $"报告{Chinese(status)}";

    /// <summary>The status whose code (or Chinese name, or 已提交 for 财政审核) this is, or null.</summary>
    public static ReportStatus? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == SubmittedAlias)
        {
            return ReportStatus.Submitted;
        }

        return Enum.GetValues<ReportStatus>()
            .Select(s => (ReportStatus?)s)
            .FirstOrDefault(s => string.Equals(Code(s!.Value), trimmed, StringComparison.OrdinalIgnoreCase) || Chinese(s.Value) == trimmed);
    }
}
