using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3006: a target value (指标值) that cannot be measured as written (财预〔2021〕101号; DOMAIN §5.3 E 17): a number
/// without a unit ("≥6万") — warning; a vague qualitative or trend wording with no grade or figure ("美化环境", "效果明显",
/// a bare "提高": read as 表述笼统 by the target grammar, or a qualitative, trend, effect or compliance wording without a figure
/// that holds a phrase of <see cref="AuditSettings.VagueTargetPhrases"/>) — info, since the grading may stand in a column the
/// model does not hold; a count or amount without direction ("200次" with no ≥, ≤ or =) — info. Rates (%) and zero
/// targets need no written direction. Blank targets are JX4004's. At most one finding per indicator.
/// </summary>
public sealed class TargetNotMeasurableRule : IAuditRule
{
    private const string NoUnit = "只有数字，没有度量单位";
    private const string Vague = "是笼统的定性表述，没有分级标准或可衡量的口径";
    private const string NoDirection = "没有写明指标性质（≥、≤ 或 =），完成与否无从判断";

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetNotMeasurable, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var (indicator, table) in LintedIndicators.Of(report))
        {
            var target = indicator.Target;
            var (problem, severity) = target switch
            {
                { Kind: TargetKind.Quantitative, Number: not null, Unit: null or "" } => (NoUnit, Descriptor.DefaultSeverity),
                { Kind: TargetKind.Vague } => (Vague, Severity.Info),
                { Kind: TargetKind.Qualitative or TargetKind.Trend or TargetKind.Effect or TargetKind.Compliance } when !target.Raw.Any(char.IsDigit)
                    && LintedIndicators.FirstContained(target.Raw, settings.VagueTargetPhrases) is not null => (Vague, Severity.Info),
                { Kind: TargetKind.Quantitative, Operator: TargetOperator.Implicit, Number: not null and not 0m }
                    when !LintedIndicators.IsOneOf(target.Unit, settings.RateUnits) => (NoDirection, Severity.Info),
                _ => (null, Descriptor.DefaultSeverity),
            };
            if (problem is null)
            {
                continue;
            }

            var finding = Findings.Create(Descriptor, indicator.Location, [], new Dictionary<string, string>
            {
                ["Table"] = table,
                ["Indicator"] = indicator.Name,
                ["Target"] = target.Raw,
                ["Problem"] = problem,
            }, actual: target.Raw);
            yield return finding with { Severity = severity };
        }
    }
}
