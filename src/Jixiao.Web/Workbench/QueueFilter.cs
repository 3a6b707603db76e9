using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Workbench;

/// <summary>A tab of the review queue: its code in the address, its Chinese name and which reports it lists.</summary>
public sealed class QueueFilter
{
    /// <summary>待审核: in 主管部门审核 or 财政审核.</summary>
    public static readonly QueueFilter Review = new("review", "待审核", r => ReportStatusNames.InReview(r.Status));

    public static readonly QueueFilter Returned = new("returned", "已退回", r => r.Status == ReportStatus.Returned);

    public static readonly QueueFilter Approved = new("approved", "已通过", r => r.Status == ReportStatus.Approved);

    /// <summary>逾期 (as <see cref="DeadlineRule"/> decides), whatever the status.</summary>
    public static readonly QueueFilter Overdue = new("overdue", "逾期", r => r.Timeliness.Overdue);

    public static readonly IReadOnlyList<QueueFilter> All = [Review, Returned, Approved, Overdue];

    private readonly Func<ReportListing, bool> includes;

    private QueueFilter(string code, string name, Func<ReportListing, bool> includes)
    {
        Code = code;
        Name = name;
        this.includes = includes;
    }

    public string Code { get; }

    public string Name { get; }

    /// <summary>The tab with this code or name; 待审核 when none is given or it is unknown.</summary>
    public static QueueFilter Parse(string? text) => All.FirstOrDefault(f => f.Code == text?.Trim() || f.Name == text?.Trim()) ?? Review;

    public bool Includes(ReportListing report) => includes(report);
}
