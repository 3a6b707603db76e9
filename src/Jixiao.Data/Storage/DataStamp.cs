using System.Globalization;

namespace Jixiao.Data.Storage;

/// <summary>
/// A cheap change token of everything the dashboard reads (<see cref="ReportStore.DashboardStampAsync"/>): the number of
/// reports and the sum of their revisions, the highest version id (versions, their findings and digests are appended
/// together), the highest workflow event id (every status change appends one), the number of deadlines and the id of
/// the last "deadline set" activity entry (a deadline's date is updated in place, always with such an entry), and the
/// day in China Standard Time (whether a report is overdue changes only at midnight UTC+8, <see cref="DeadlineRule"/>).
/// Equal stamps mean the dashboard computed under one is still right under the other.
/// </summary>
public sealed record DataStamp(long Reports, long Revisions, long LastVersion, long LastWorkflowEvent, long Deadlines, long LastDeadlineSet, DateOnly Day)
{
    /// <summary>The stamp as a short ASCII text usable in an ETag.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"r{Reports}.{Revisions}-v{LastVersion}-w{LastWorkflowEvent}-d{Deadlines}.{LastDeadlineSet}-t{Day:yyyyMMdd}");
}

/// <summary>The row of the stamp query (column names are the property names).</summary>
internal sealed class DataStampRow
{
    public long Reports { get; set; }

    public long Revisions { get; set; }

    public long LastVersion { get; set; }

    public long LastWorkflowEvent { get; set; }

    public long Deadlines { get; set; }

    public long LastDeadlineSet { get; set; }
}
