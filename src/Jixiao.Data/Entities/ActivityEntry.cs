namespace Jixiao.Data.Entities;

/// <summary>One line of the append-only activity log: who did what, when, to which report version.</summary>
public sealed class ActivityEntry
{
    public long Id { get; set; }

    public DateTimeOffset When { get; set; }

    /// <summary>Who did it; null for the command line acting without a user (e.g. `user add`).</summary>
    public int? UserId { get; set; }

    /// <summary>A stable action name: <see cref="ActivityActions"/>.</summary>
    public required string Action { get; set; }

    public int? ReportId { get; set; }

    public StoredReport? Report { get; set; }

    public int? VersionNumber { get; set; }

    /// <summary>A Chinese line for people reading the log.</summary>
    public string Detail { get; set; } = string.Empty;
}
