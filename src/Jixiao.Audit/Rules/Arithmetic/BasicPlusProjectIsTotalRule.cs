using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>JX1013: in the expenditure sentence, 决算支出 = 基本支出 + 项目支出 (基本支出 may be stated as 人员经费 + 公用经费).</summary>
public sealed class BasicPlusProjectIsTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.BasicPlusProjectIsTotal, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure is not { Actual: { } actual, Project: { } project } expenditure)
        {
            yield break;
        }

        Term[]? basic = expenditure switch
        {
            { Basic: { } b } => [new Term(b.Location.Row!, b)],
            { Personnel: { } personnel, Operating: { } operating } => [new Term(personnel.Location.Row!, personnel), new Term(operating.Location.Row!, operating)],
            _ => null,
        };
        if (basic is not null
            && Findings.Sum(Descriptor, actual.Location.Row!, actual, [.. basic, new Term(project.Location.Row!, project)],
                new Dictionary<string, string> { ["Where"] = actual.Location.Row! }) is { } finding)
        {
            yield return finding;
        }
    }
}
