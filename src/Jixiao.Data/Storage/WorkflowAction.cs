using Jixiao.Data.Entities;

namespace Jixiao.Data.Storage;

/// <summary>
/// A review action: the statuses it may start from and where it leads. 提交 leads a 下属单位's report (its department has a
/// parent) to 主管部门审核 and any other report to 财政审核; 通过 leads from 主管部门审核 to 财政审核 and from 财政审核 to
/// 已通过; 退回 leads from either review to 已退回.
/// </summary>
public sealed class WorkflowAction
{
    public static readonly WorkflowAction Submit = new(
        ActivityActions.ReportSubmitted, "提交", [ReportStatus.Draft, ReportStatus.Returned], (_, subUnit) => subUnit ? ReportStatus.ParentReview : ReportStatus.Submitted);

    public static readonly WorkflowAction Return = new(
        ActivityActions.ReportReturned, "退回", [ReportStatus.ParentReview, ReportStatus.Submitted], (_, _) => ReportStatus.Returned);

    public static readonly WorkflowAction Approve = new(
        ActivityActions.ReportApproved, "通过", [ReportStatus.ParentReview, ReportStatus.Submitted], (from, _) => from == ReportStatus.ParentReview ? ReportStatus.Submitted : ReportStatus.Approved);

    private readonly Func<ReportStatus, bool, ReportStatus> next;

    private WorkflowAction(string name, string verb, IReadOnlyList<ReportStatus> from, Func<ReportStatus, bool, ReportStatus> next)
    {
        Name = name;
        Verb = verb;
        From = from;
        this.next = next;
    }

    /// <summary>The activity-log action name (<see cref="ActivityActions"/>).</summary>
    public string Name { get; }

    /// <summary>The Chinese verb, e.g. 提交.</summary>
    public string Verb { get; }

    /// <summary>The statuses the action may start from.</summary>
    public IReadOnlyList<ReportStatus> From { get; }

    /// <summary>The status the action leads to from <paramref name="from"/>; <paramref name="subUnit"/>: the report's department has a 主管部门.</summary>
    public ReportStatus Next(ReportStatus from, bool subUnit) => next(from, subUnit);
}
