namespace Jixiao.Data.Entities;

/// <summary>Where a report is in its review: 草稿 → 已提交 → 已退回 (back to 草稿 on the next upload) or 已通过.</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}
