using Jixiao.Domain.Reports;

namespace Jixiao.Data.Storage;

/// <summary>
/// What one import or save appends: the model, the findings computed on it, the project ("" for a department-wide
/// report), the file it came from, and the version the editor started from (null: append after whatever is latest).
/// </summary>
public sealed record VersionDraft(Report Model, IReadOnlyList<FindingRecord> Findings)
{
    public string Project { get; init; } = string.Empty;

    public string? SourceFile { get; init; }

    /// <summary>The version number the change was based on; when another version was appended since, the save conflicts.</summary>
    public int? BasedOn { get; init; }

    /// <summary>Set when an import job saves: its result is stored with the version, once per job (unique key).</summary>
    public JobReceipt? Job { get; init; }
}
