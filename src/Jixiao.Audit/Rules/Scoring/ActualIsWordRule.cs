using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3015: a numeric target (≥2000家, 100%) is answered with a word (完成, 达成预期指标): the completion rate cannot be computed.</summary>
public sealed class ActualIsWordRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ActualIsWord, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var line in IndicatorLines(report).Where(l => l.Flags.Contains(ReviewMark.ActualIsWord)))
        {
            yield return Create(Descriptor, Where(line), [],
                new Dictionary<string, string> { ["Where"] = TableName(report), ["Item"] = line.Name, ["Target"] = line.Target ?? string.Empty, ["Actual"] = line.Actual ?? string.Empty });
        }
    }
}
