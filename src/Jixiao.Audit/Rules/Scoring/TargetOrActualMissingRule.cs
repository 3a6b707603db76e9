using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3014: an indicator row of a self-evaluation table has no 指标值 or no 完成值, so its score cannot be checked.</summary>
public sealed class TargetOrActualMissingRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetOrActualMissing, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var line in IndicatorLines(report))
        {
            if (line.Completion is CompletionStatus.TargetMissing or CompletionStatus.ActualMissing)
            {
                var missing = line.Completion == CompletionStatus.TargetMissing ? "指标值" : "完成值";
                yield return Create(Descriptor, Where(line), [],
                    new Dictionary<string, string> { ["Where"] = TableName(report), ["Item"] = line.Name, ["Missing"] = missing });
            }
        }
    }
}
