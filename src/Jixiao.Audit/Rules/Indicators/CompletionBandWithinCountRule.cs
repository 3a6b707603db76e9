using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>JX3002: "完成率在100-150%的指标有N个" cannot exceed the number of indicators of the category.</summary>
public sealed class CompletionBandWithinCountRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.CompletionBandWithinCount, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var tally = new IndicatorTally(report);
        var claims = report.Claims.OfType<IndicatorCountClaim>().ToArray();
        foreach (var band in report.Claims.OfType<CompletionBandClaim>())
        {
            var category = AuditLabels.Category(band.Category);
            var stated = claims.LastOrDefault(c => c.Category == band.Category && c.Location.Line <= band.Location.Line)?.Total;
            var count = stated ?? (tally.HasTable ? tally.AsStated(tally.Count(band.Category), $"绩效目标表·{category}个数") : null);
            if (count is null || band.Count.Value <= count.Value)
            {
                continue;
            }

            yield return Findings.Create(Descriptor, band.Count.Location,
                [new FindingValue(count.Location.Row ?? $"{category}个数", count), new FindingValue("完成率区间指标个数", band.Count)],
                new Dictionary<string, string>
                {
                    ["Category"] = category,
                    ["Band"] = $"{band.LowerPercent}-{band.UpperPercent}%",
                    ["BandCount"] = band.Count.Text,
                    ["Count"] = count.Text,
                },
                count.Text, band.Count.Text, (band.Count.Value - count.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
