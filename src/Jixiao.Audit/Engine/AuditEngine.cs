using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Engine;

/// <summary>Runs the catalogue on a report, adds its reading problems as JX8xxx findings and applies the profile.</summary>
public sealed class AuditEngine(RuleProfile profile)
{
    public AuditEngine()
        : this(RuleProfile.Default)
    {
    }

    public AuditResult Audit(Report report)
    {
        var findings = new List<Finding>();
        foreach (var rule in RuleCatalogue.Rules)
        {
            findings.AddRange(rule.Check(report, profile.Settings));
        }

        foreach (var problem in report.ReadingProblems)
        {
            if (Problem(problem.Code, problem.Message, problem.Location) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return Apply(findings);
    }

    /// <summary>
    /// The result of a file that could not be read at all: its one reading problem (e.g. JX8001 with the Chinese
    /// reason) as a finding, under the profile, so a batch can record it like any other report.
    /// </summary>
    public AuditResult Unreadable(string code, string message) =>
        Apply(Problem(code, message, SourceLocation.Unknown) is { } finding ? [finding] : []);

    private static Finding? Problem(string code, string message, SourceLocation location) =>
        RuleCatalogue.Find(code) is { } descriptor
            ? Findings.Create(descriptor, location, [], new Dictionary<string, string> { ["Problem"] = message })
            : null;

    private AuditResult Apply(IEnumerable<Finding> findings)
    {
        var effective = findings
            .Select(f => profile.Apply(f.RuleId, f.Severity, f.WithinRounding) is { } severity ? f with { Severity = severity } : null)
            .OfType<Finding>()
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Location.Line ?? int.MaxValue)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToArray();
        return new AuditResult(effective, profile.Name);
    }
}
