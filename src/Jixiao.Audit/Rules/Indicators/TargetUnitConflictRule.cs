using Jixiao.Audit.Engine;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3008: on a self-evaluation table (自评表) an indicator row's 指标值, 度量单位 and 指标性质 contradict each other
/// (DOMAIN §5.2; 财预〔2021〕101号 records each indicator's 指标性质, 指标值 and 度量单位): the value's own unit is not
/// the 度量单位 ("28.8万元" with "%"), a wording that is not a number carries a unit ("应保尽保" with "%"), or a wording
/// that is not a number has a quantitative nature ("按月安排" marked 定量; <see cref="AuditSettings.QuantitativeNatures"/>).
/// One finding per row.
/// </summary>
public sealed class TargetUnitConflictRule : IAuditRule
{
    /// <summary>Forms of a target that are wording, not a number (zero-event, deadline and two-target cells are not among them).</summary>
    private static readonly TargetKind[] Wordings =
        [TargetKind.Qualitative, TargetKind.Trend, TargetKind.Compliance, TargetKind.Effect, TargetKind.Vague, TargetKind.Period, TargetKind.RelativeDeadline];

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.TargetUnitConflict, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        foreach (var row in report.Table?.Indicators ?? [])
        {
            if (Conflict(row, settings) is not { } conflict)
            {
                continue;
            }

            yield return Findings.Create(Descriptor, row.Indicator.Location, [], new Dictionary<string, string>
            {
                ["Indicator"] = row.Indicator.Name,
                ["Conflict"] = conflict,
            }, actual: row.TargetValue);
        }
    }

    private static string? Conflict(TableIndicator row, AuditSettings settings)
    {
        if (string.IsNullOrWhiteSpace(row.TargetValue))
        {
            return null;
        }

        var value = TargetParser.Parse(row.TargetValue);
        var unit = Unit(row.MeasureUnit, settings);
        var nature = row.Nature?.Trim();
        var isNumber = value.Kind == TargetKind.Quantitative;
        var isWording = Wordings.Contains(value.Kind);
        if (isNumber && value.Unit is { Length: > 0 } own && unit is not null && !Compatible(own, unit))
        {
            return $"的指标值“{value.Raw}”带单位“{own}”，与度量单位“{unit}”不符";
        }

        if (isWording && unit is not null)
        {
            return $"的指标值“{value.Raw}”不是数值，却注明度量单位“{unit}”";
        }

        if (isWording && nature is { Length: > 0 } && settings.QuantitativeNatures.Contains(nature, StringComparer.Ordinal))
        {
            return $"的指标值“{value.Raw}”不是数值，指标性质却为“{nature}”";
        }

        return null;
    }

    /// <summary>The 度量单位 as compared, or null when the cell is blank or says "no unit".</summary>
    private static string? Unit(string? measureUnit, AuditSettings settings)
    {
        var unit = measureUnit?.Trim();
        return string.IsNullOrEmpty(unit) || settings.NoUnitMarks.Contains(unit, StringComparer.Ordinal) ? null : unit;
    }

    /// <summary>"元" and "万元", "次" and "人次" agree; "%" and "元" do not.</summary>
    private static bool Compatible(string first, string second)
    {
        var (a, b) = (LintedIndicators.NormaliseUnit(first), LintedIndicators.NormaliseUnit(second));
        return a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal);
    }
}
