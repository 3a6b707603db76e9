namespace Jixiao.Data.Entities;

/// <summary>One append-only step of a report's review: who moved it from which status to which, when, on which version, and why.</summary>
public sealed class WorkflowEvent
{
    public long Id { get; set; }

    public int ReportId { get; set; }

    public StoredReport? Report { get; set; }

    /// <summary>The report's latest version when the step was taken.</summary>
    public int VersionNumber { get; set; }

    public DateTimeOffset When { get; set; }

    public int UserId { get; set; }

    public ReportStatus From { get; set; }

    public ReportStatus To { get; set; }

    /// <summary>The reviewer's reason for a return; null otherwise.</summary>
    public string? Reason { get; set; }
}
