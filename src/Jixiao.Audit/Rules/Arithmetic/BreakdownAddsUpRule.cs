using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1010: a stated total equals the parts listed under 其中, and each stated share equals part ÷ total.</summary>
public sealed class BreakdownAddsUpRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.BreakdownAddsUp, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var claim in report.Claims.OfType<BreakdownClaim>())
        {
            var arguments = new Dictionary<string, string> { ["Where"] = claim.Subject };
            if (Findings.Sum(Descriptor, claim.Subject, claim.Total, claim.Parts.Select(p => new Term(p.Label, p.Value)).ToArray(), arguments) is { } sum)
            {
                yield return sum;
            }

            foreach (var part in claim.Parts)
            {
                var where = $"{part.Label}{AuditLabels.Share}";
                if (part.Share is { } share
                    && Findings.Rate(Descriptor, where, share, new Term(part.Label, part.Value), new Term(claim.Subject, claim.Total),
                        new Dictionary<string, string> { ["Where"] = where }) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }
}
