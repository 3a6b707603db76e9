using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3004: a self-assessed score does not exceed the points of its item (自评得分 ≤ 指标得分; 合计得分 ≤ 100); on a
/// self-evaluation table (自评表) 预算执行得分 ≤ its 分值, each indicator's 得分 ≤ its 分值 (权重), 总分 ≤ 合计分值.
/// </summary>
public sealed class ScoreWithinMaximumRule : IAuditRule
{
    private const decimal FullMarks = 100m;

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ScoreWithinMaximum, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var pairs = new List<(string Item, Stated Score, Stated Max)>();
        foreach (var claim in report.Claims.OfType<ScoreClaim>())
        {
            if (claim is { SelfScore: { } self, MaxScore: { } max })
            {
                pairs.Add((claim.Item, self, max));
            }
        }

        foreach (var band in report.Claims.OfType<CompletionBandClaim>())
        {
            if (band.TotalScore is { } total)
            {
                pairs.Add((AuditLabels.Category(band.Category) + "合计得分", total, Stated.Score("100", FullMarks, 0, band.Location with { Row = "满分" })));
            }
        }

        if (report.Table is { } table)
        {
            if (table.Total is { Score: { } executionScore } total && (table.BudgetExecutionWeight ?? total.Weight) is { } executionWeight)
            {
                pairs.Add(("预算执行情况", executionScore, executionWeight));
            }

            foreach (var row in table.Indicators)
            {
                if (row.Indicator is { Score: { } indicatorScore, MaxScore: { } indicatorWeight })
                {
                    pairs.Add((row.Indicator.Name, indicatorScore, indicatorWeight));
                }
            }

            if (table.TotalScore is { } totalScore)
            {
                pairs.Add(("总分", totalScore, table.TotalWeight ?? Stated.Score("100", FullMarks, 0, totalScore.Location with { Row = "满分" })));
            }
        }

        foreach (var (item, score, max) in pairs.Where(p => p.Score.Value > p.Max.Value))
        {
            yield return Findings.Create(Descriptor, score.Location, [new FindingValue(max.Location.Row!, max), new FindingValue(score.Location.Row!, score)],
                new Dictionary<string, string> { ["Item"] = item, ["Score"] = score.Text, ["Max"] = max.Text },
                $"≤ {max.Text}", score.Text, (score.Value - max.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
