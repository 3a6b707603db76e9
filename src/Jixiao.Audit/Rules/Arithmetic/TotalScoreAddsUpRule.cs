using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1016: on a self-evaluation table (自评表) the 总分 (合计得分, 自评总分) equals the budget-execution 得分 plus the
/// indicators' 得分.
/// </summary>
public sealed class TotalScoreAddsUpRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TotalScoreAddsUp, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is not { TotalScore: { } totalScore } table || table.Indicators.Count == 0 || table.UnreadIndicatorRows > 0
            || table.Indicators.Any(i => i.Indicator.Score is null))
        {
            yield break;
        }

        // A form that weights budget execution must print its score for the sum to be checked.
        var executionScore = table.Total?.Score;
        var weightsExecution = table.BudgetExecutionWeight is not null || table.Total?.Weight is not null;
        if (weightsExecution && executionScore is null)
        {
            yield break;
        }

        var terms = table.Indicators.Select(i => new Term(i.Indicator.Name, i.Indicator.Score!)).ToList();
        if (executionScore is not null)
        {
            terms.Insert(0, new Term("预算执行情况得分", executionScore));
        }

        if (Findings.Sum(Descriptor, "总分", totalScore, terms, new Dictionary<string, string>
            {
                ["Where"] = $"{table.Location.Table ?? "自评表"}{totalScore.Location.Row ?? "总分"}",
            }) is { } finding)
        {
            yield return finding;
        }
    }
}
