using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1013: in the expenditure sentence, 决算支出 = 基本支出 + 项目支出.</summary>
public sealed class BasicPlusProjectIsTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.BasicPlusProjectIsTotal, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure is { Actual: { } actual, Basic: { } basic, Project: { } project }
            && Findings.Sum(Descriptor, actual.Location.Row!, actual, [new Term(basic.Location.Row!, basic), new Term(project.Location.Row!, project)],
                new Dictionary<string, string> { ["Where"] = actual.Location.Row! }) is { } finding)
        {
            yield return finding;
        }
    }
}
