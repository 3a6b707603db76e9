namespace Jixiao.Data.Storage;

/// <summary>A report's deadline (that of its year; null when none is set) and whether it is overdue (<see cref="DeadlineRule"/>).</summary>
public sealed record Timeliness(DateOnly? Deadline, bool Overdue)
{
    public static readonly Timeliness None = new(null, false);
}
