namespace Jixiao.Data.Entities;

/// <summary>
/// The one stored outcome of an import job (<c>jixiao jobs submit</c>): the version it appended, or why the file could
/// not be stored. <see cref="JobKey"/> is unique, and so is <see cref="VersionId"/>: a job that runs twice (recovery
/// after a worker died, a misfire) cannot store a second result or a second version, because the second insert hits the
/// key and its whole transaction rolls back. Appended once; never updated or deleted.
/// </summary>
public sealed class ImportResult
{
    public int Id { get; set; }

    /// <summary>The job's name in the scheduler (one per submitted file), unique.</summary>
    public required string JobKey { get; set; }

    /// <summary>The file the job read, as submitted.</summary>
    public required string SourceFile { get; set; }

    /// <summary>SHA-256 of the file's bytes, lowercase hex; empty when the file could not be read at all.</summary>
    public required string FileHash { get; set; }

    /// <summary>The version the job appended (unique), or null when it failed.</summary>
    public int? VersionId { get; set; }

    public ReportVersion? Version { get; set; }

    /// <summary>Why the file was not stored (one Chinese line), or null when it was.</summary>
    public string? Failure { get; set; }

    /// <summary>The scheduler instance id of the worker that ran the job.</summary>
    public required string Worker { get; set; }

    public DateTimeOffset Completed { get; set; }
}
