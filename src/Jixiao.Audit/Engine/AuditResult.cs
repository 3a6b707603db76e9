namespace Jixiao.Audit.Engine;

/// <summary>The findings of one report, most severe first, then in reading order.</summary>
public sealed record AuditResult(IReadOnlyList<Finding> Findings, string Profile)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
}
