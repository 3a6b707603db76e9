using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Storage;

/// <summary>The deadlines per year and whether reports are overdue (<see cref="DeadlineRule"/>).</summary>
public sealed partial class ReportStore
{
    /// <summary>Sets (or replaces) the deadline of a year's reports and logs it.</summary>
    public async Task<Deadline> SetDeadlineAsync(int year, DateOnly date, User user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var deadline = await db.Deadlines.SingleOrDefaultAsync(d => d.Year == year, cancellationToken).ConfigureAwait(false);
        var previous = deadline?.Date;
        if (deadline is null)
        {
            deadline = new Deadline { Year = year };
            db.Deadlines.Add(deadline);
        }

        deadline.Date = date;
        deadline.Set = now;
        deadline.SetById = user.Id;
        db.Activity.Add(new ActivityEntry
        {
            When = now,
            UserId = user.Id,
            Action = ActivityActions.DeadlineSet,
            Detail = $"{user.Name} 将 {year} 年报告的截止日期设为 {date:yyyy-MM-dd}" + (previous is { } before ? $"（原为 {before:yyyy-MM-dd}）" : string.Empty),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return deadline;
    }

    /// <summary>All deadlines, by year.</summary>
    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(CancellationToken cancellationToken = default) =>
        await db.Deadlines.AsNoTracking().OrderBy(d => d.Year).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The deadline of a report's year and whether the report is overdue now.</summary>
    public async Task<Timeliness> TimelinessAsync(StoredReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return (await TimelinessAsync([(report.Id, report.Year)], cancellationToken).ConfigureAwait(false))[report.Id];
    }

    /// <summary>The <see cref="Timeliness"/> of each of these reports (id, year), by id.</summary>
    private async Task<Dictionary<int, Timeliness>> TimelinessAsync(IReadOnlyCollection<(int Id, int Year)> reports, CancellationToken cancellationToken)
    {
        var years = reports.Select(r => r.Year).Distinct().ToList();
        var deadlines = await db.Deadlines.AsNoTracking()
            .Where(d => years.Contains(d.Year))
            .ToDictionaryAsync(d => d.Year, d => d.Date, cancellationToken).ConfigureAwait(false);
        var ids = deadlines.Count == 0 ? [] : reports.Where(r => deadlines.ContainsKey(r.Year)).Select(r => r.Id).ToList();

        // A submission is the step out of 草稿 or 已退回 into a review (已退回 → 草稿 on re-upload is not one).
        var submissions = await db.WorkflowEvents.AsNoTracking()
            .Where(w => ids.Contains(w.ReportId)
                && (w.From == ReportStatus.Draft || w.From == ReportStatus.Returned)
                && (w.To == ReportStatus.ParentReview || w.To == ReportStatus.Submitted))
            .Select(w => new { w.ReportId, w.When })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var firstSubmitted = submissions.GroupBy(s => s.ReportId).ToDictionary(g => g.Key, g => g.Min(s => s.When));
        var now = clock.GetUtcNow();
        return reports.ToDictionary(r => r.Id, r =>
        {
            if (!deadlines.TryGetValue(r.Year, out var date))
            {
                return Timeliness.None;
            }

            DateTimeOffset? submitted = firstSubmitted.TryGetValue(r.Id, out var when) ? when : null;
            return new Timeliness(date, DeadlineRule.IsOverdue(date, submitted, now));
        });
    }
}
