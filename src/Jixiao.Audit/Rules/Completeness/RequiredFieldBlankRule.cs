using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Completeness;

/// <summary>JX4001: a required cell of the target table's 基本信息 (e.g. 财政供养人员数) is left blank.</summary>
public sealed class RequiredFieldBlankRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.RequiredFieldBlank, RuleCategory.Completeness, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        (report.Targets?.BasicInfo ?? [])
            .Where(f => f.IsBlank)
            .Select(f => Findings.Create(Descriptor, f.Location, [], new Dictionary<string, string>
            {
                ["Field"] = f.Label,
                ["Cell"] = f.Location.Cell ?? string.Empty,
            }));
}
