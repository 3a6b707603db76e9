using Jixiao.Data.Entities;

namespace Jixiao.Data.Storage;

/// <summary>A review action: the statuses it may start from and the status it leads to.</summary>
public sealed record WorkflowAction(string Name, string Verb, IReadOnlyList<ReportStatus> From, ReportStatus To)
{
    public static readonly WorkflowAction Submit = new(ActivityActions.ReportSubmitted, "提交", [ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted);

    public static readonly WorkflowAction Return = new(ActivityActions.ReportReturned, "退回", [ReportStatus.Submitted], ReportStatus.Returned);

    public static readonly WorkflowAction Approve = new(ActivityActions.ReportApproved, "通过", [ReportStatus.Submitted], ReportStatus.Approved);
}
