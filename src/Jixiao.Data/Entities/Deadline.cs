namespace Jixiao.Data.Entities;

/// <summary>
/// The date by which the reports of one year are due (set by an admin; setting it again replaces it, and each setting is
/// logged in the activity log). See <see cref="Storage.DeadlineRule"/> for when a report is overdue.
/// </summary>
public sealed class Deadline
{
    /// <summary>The reports' year; the key.</summary>
    public int Year { get; set; }

    /// <summary>The last day (China Standard Time) on which a report is still on time.</summary>
    public DateOnly Date { get; set; }

    public DateTimeOffset Set { get; set; }

    public int SetById { get; set; }
}
