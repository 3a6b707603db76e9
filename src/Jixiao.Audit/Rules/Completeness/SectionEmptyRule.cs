using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Completeness;

/// <summary>JX4003: a section has a heading but nothing under it.</summary>
public sealed class SectionEmptyRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.SectionEmpty, RuleCategory.Completeness, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        report.Sections
            .Where(s => s.ContentBlocks == 0)
            .Select(s => Findings.Create(Descriptor, s.Location, [], new Dictionary<string, string>
            {
                ["Section"] = s.Numbering,
                ["Title"] = s.Title,
            }));
}
