using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3003: the text reports events an indicator's zero target rules out — "安全事故发生次数 0次" while the
/// annual-work section reports 12 accidents — so the target was missed whatever the stated score says.
/// </summary>
public sealed class OutcomeContradictsTargetRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.OutcomeContradictsTarget, RuleCategory.Indicators, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var indicators = report.Targets?.Indicators ?? [];
        foreach (var incident in report.Claims.OfType<IncidentClaim>().Where(i => i.Count.Value > 0))
        {
            foreach (var indicator in indicators.Where(i => i.Target.IsZeroTarget && i.Name.Contains(incident.Subject, StringComparison.Ordinal)))
            {
                var values = new List<FindingValue> { new(incident.Count.Location.Row!, incident.Count) };
                if (incident.Deaths is { } deaths)
                {
                    values.Add(new FindingValue(deaths.Location.Row!, deaths));
                }

                yield return Findings.Create(Descriptor, indicator.Location, values, new Dictionary<string, string>
                {
                    ["Indicator"] = indicator.Name,
                    ["Target"] = indicator.Target.Raw,
                    ["Event"] = incident.Description,
                    ["Count"] = incident.Count.Text + incident.Count.Unit,
                    ["EventSection"] = incident.Location.Section ?? string.Empty,
                    ["EventLine"] = incident.Location.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                    ["EventWhere"] = AuditLabels.Position(incident.Location, report.Source?.Format),
                }, indicator.Target.Raw, incident.Count.Text + incident.Count.Unit);
            }
        }
    }
}
