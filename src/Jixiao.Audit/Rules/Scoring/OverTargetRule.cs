using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3017: an indicator's completion rate exceeds the scheme's threshold (150%): the target was probably set too low.</summary>
public sealed class OverTargetRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.OverTarget, RuleCategory.Indicators, Severity.Info);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var line in IndicatorLines(report).Where(l => l.Flags.Contains(ReviewMark.OverTarget) && l.Outcome!.Rate is not null))
        {
            yield return Create(Descriptor, Where(line), [],
                new Dictionary<string, string> { ["Item"] = line.Name, ["Target"] = line.Target ?? string.Empty, ["Actual"] = line.Actual ?? string.Empty, ["Rate"] = IndicatorScorer.Percent(line.Outcome!.Rate!.Value) });
        }
    }
}
