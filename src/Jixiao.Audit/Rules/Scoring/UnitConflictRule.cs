using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3016: target, measure unit and actual of an indicator disagree in unit (指标值 28.8万元, 度量单位 %).</summary>
public sealed class UnitConflictRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.UnitConflict, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var line in IndicatorLines(report).Where(l => l.Completion == CompletionStatus.UnitConflict))
        {
            yield return Create(Descriptor, Where(line), [],
                new Dictionary<string, string> { ["Where"] = TableName(report), ["Item"] = line.Name, ["Detail"] = line.Explanation });
        }
    }
}
