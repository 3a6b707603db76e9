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
            if (RuleCatalogue.Find(problem.Code) is { } descriptor)
            {
                findings.Add(Findings.Create(descriptor, problem.Location, [], new Dictionary<string, string> { ["Problem"] = problem.Message }));
            }
        }

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
