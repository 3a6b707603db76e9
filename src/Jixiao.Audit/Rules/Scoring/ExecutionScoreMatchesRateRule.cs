using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>
/// JX3012: the budget-execution 得分 of a self-evaluation table is 分值 × min(执行数 ÷ 全年预算数, 1), computed from the
/// funding figures, not from the printed 执行率. The message names both rates and both scores; a printed rate that
/// does not match the figures is also reported by JX1006.
/// </summary>
public sealed class ExecutionScoreMatchesRateRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ExecutionScoreMatchesRate, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is null || SchemeLibrary.SheetFor(report).Execution is not
            { StatedScore: { } stated, ComputedScore: { } computed, ComputedRatePercent: { } rate, Points: { } points, Budget: { } budget, Executed: { } executed } execution
            || ScoreSheetBuilder.Agrees(stated, computed))
        {
            yield break;
        }

        var printedRate = execution.StatedRate is { } r ? r.Text : "未列";
        var values = new List<FindingValue> { new("全年执行数", executed), new("全年预算数", budget) };
        if (execution.StatedRate is { } statedRate)
        {
            values.Add(new FindingValue("所列执行率", statedRate));
        }

        values.Add(new FindingValue("预算执行得分", stated));
        var expected = IndicatorScorer.N(computed);
        var difference = IndicatorScorer.N(Math.Abs(stated.Value - computed));
        yield return Create(Descriptor, stated.Location, values,
            new Dictionary<string, string> { ["Where"] = $"{TableName(report)}“{execution.Label}”", ["Stated"] = stated.Text, ["PrintedRate"] = printedRate, ["Rate"] = IndicatorScorer.N(rate) + "%", ["Executed"] = executed.Text, ["Budget"] = budget.Text, ["Points"] = IndicatorScorer.N(points), ["Expected"] = expected, ["Difference"] = difference },
            expected, stated.Text, difference);
    }
}
