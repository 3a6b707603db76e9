namespace Jixiao.Data.Entities;

/// <summary>A finding computed on one version; kept with that version, never changed.</summary>
public sealed class StoredFinding
{
    public long Id { get; set; }

    public int VersionId { get; set; }

    public ReportVersion? Version { get; set; }

    public required string RuleId { get; set; }

    public FindingSeverity Severity { get; set; }

    public required string Message { get; set; }

    /// <summary>Where it stands, as the audit labels it (节、表、行、列、单元格).</summary>
    public string Location { get; set; } = string.Empty;
}
