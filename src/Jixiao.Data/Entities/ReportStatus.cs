namespace Jixiao.Data.Entities;

/// <summary>
/// Where a report is in its review: 草稿 → (主管部门审核 →) 财政审核 → 已退回 (back to 草稿 on the next upload) or 已通过.
/// Submitting a 下属单位's report leads to <see cref="ParentReview"/>, any other report's to <see cref="Submitted"/>.
/// Stored as text, so the names are stable; new values are added at the end.
/// </summary>
public enum ReportStatus
{
    Draft,

    /// <summary>财政审核: submitted and waiting for a reviewer (code "submitted", as before the 主管部门 step existed).</summary>
    Submitted,

    Returned,

    Approved,

    /// <summary>主管部门审核: a 下属单位's submitted report waiting for a user of its 主管部门.</summary>
    ParentReview,
}
