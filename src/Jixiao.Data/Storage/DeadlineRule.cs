namespace Jixiao.Data.Storage;

/// <summary>
/// When a report is overdue (逾期): its year has a deadline, and its first submission — or, when it was never submitted,
/// the present — is at or after the end of the deadline day in China Standard Time (UTC+8). A report submitted in time
/// stays on time after a return and a later resubmission.
/// </summary>
public static class DeadlineRule
{
    /// <summary>The offset in which deadline dates are meant (China Standard Time).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The first instant after the deadline day: 24:00 of <paramref name="deadline"/>, UTC+8.</summary>
    public static DateTimeOffset Cutoff(DateOnly deadline) => new(deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);

    public static bool IsOverdue(DateOnly? deadline, DateTimeOffset? firstSubmitted, DateTimeOffset now) =>
        deadline is { } date && (firstSubmitted ?? now) >= Cutoff(date);
}
