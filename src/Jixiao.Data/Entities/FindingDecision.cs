namespace Jixiao.Data.Entities;

/// <summary>
/// An append-only decision on a finding (已说明 or 误报), made on one version of a report. It applies to that version and
/// to later ones while a finding with the same <see cref="Fingerprint"/> is found; the latest decision wins.
/// </summary>
public sealed class FindingDecision
{
    public long Id { get; set; }

    public int ReportId { get; set; }

    public StoredReport? Report { get; set; }

    /// <summary>The version the decision was made on (the report's latest version then).</summary>
    public int VersionNumber { get; set; }

    /// <summary>The finding's stable key: rule id, location and the compared values' texts, hashed.</summary>
    public required string Fingerprint { get; set; }

    public required string RuleId { get; set; }

    public FindingDecisionKind Decision { get; set; }

    /// <summary>The explanation (已说明) or the reason (误报).</summary>
    public required string Text { get; set; }

    public int UserId { get; set; }

    public DateTimeOffset When { get; set; }
}
