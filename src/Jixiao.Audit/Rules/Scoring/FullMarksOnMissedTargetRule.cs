using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3013: an indicator whose target was missed (completion rate below 100%, or graded below 达成) is given full marks.</summary>
public sealed class FullMarksOnMissedTargetRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.FullMarksOnMissedTarget, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var line in IndicatorLines(report))
        {
            if (line is { Stated: { } stated, Points: { } points, Awarded: { } awarded, Outcome: { Status: CompletionStatus.Scored, Share: < 1m } outcome }
                && stated.Value >= points)
            {
                var rate = outcome.Rate is { } r ? IndicatorScorer.Percent(r) : "未达成（定性）";
                yield return Create(Descriptor, Where(line), [new FindingValue(line.Name + "·分值", line.Row!.Indicator.MaxScore ?? Score(points, Where(line), "分值")), new FindingValue(line.Name + "·得分", stated)],
                    new Dictionary<string, string> { ["Item"] = line.Name, ["Target"] = line.Target ?? string.Empty, ["Actual"] = line.Actual ?? string.Empty, ["Rate"] = rate, ["Stated"] = stated.Text, ["Expected"] = IndicatorScorer.N(awarded) },
                    IndicatorScorer.N(awarded), stated.Text, IndicatorScorer.N(stated.Value - awarded));
            }
        }
    }
}
