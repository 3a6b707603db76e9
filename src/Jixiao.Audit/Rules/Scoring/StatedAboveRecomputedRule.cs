using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>
/// JX3010: on a self-evaluation table an indicator's stated 得分, or the stated 总分, is higher than the score the
/// scheme recomputes from target, actual and points (DOMAIN §6.3). Full marks on a missed target are JX3013;
/// scores above the points are JX3004; the execution score is JX3012.
/// </summary>
public sealed class StatedAboveRecomputedRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.StatedAboveRecomputed, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is null)
        {
            yield break;
        }

        var sheet = SchemeLibrary.SheetFor(report);
        foreach (var line in IndicatorLines(report))
        {
            if (line is { Stated: { } stated, Awarded: { } awarded, Status: ScoreLineStatus.Computed, Points: { } points }
                && stated.Value > awarded && !ScoreSheetBuilder.Agrees(stated, awarded)
                && !(stated.Value >= points && line.Outcome!.Share < 1m))
            {
                yield return Build(line.Name, stated, awarded, line.Explanation, Where(line), sheet.Scheme);
            }
        }

        if (sheet is { StatedTotal: { } total, Total: { } recomputed } && total.Value > recomputed && !ScoreSheetBuilder.Agrees(total, recomputed))
        {
            yield return Build("总分", total, recomputed, sheet.TotalExplanation, total.Location, sheet.Scheme);
        }
    }

    private Finding Build(string item, Domain.Numbers.Stated stated, decimal awarded, string basis, SourceLocation location, string scheme)
    {
        var expected = IndicatorScorer.N(awarded);
        var difference = IndicatorScorer.N(stated.Value - awarded);
        return Create(Descriptor, location, [new FindingValue(item + "·自评得分", stated), new FindingValue(item + "·重算得分", Score(awarded, location, "重算得分"))],
            new Dictionary<string, string> { ["Item"] = item, ["Stated"] = stated.Text, ["Expected"] = expected, ["Difference"] = difference, ["Scheme"] = scheme, ["Basis"] = basis },
            expected, stated.Text, difference);
    }
}
