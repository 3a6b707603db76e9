using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2001: the department's execution rate is stated once — 部门预算执行率 in 收支情况 and 完成预算的% in
/// 自评结论 must agree; the finding names both rates and the figures each is based on.
/// </summary>
public sealed class ExecutionRateConsistentRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.ExecutionRateConsistent, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Expenditure is not { ExecutionRate: { } first } expenditure || report.Conclusion is not { ExecutionRate: { } second } conclusion)
        {
            yield break;
        }

        var arguments = new Dictionary<string, string>
        {
            ["FirstSection"] = first.Location.Section ?? string.Empty,
            ["SecondSection"] = second.Location.Section ?? string.Empty,
            ["FirstBasis"] = Basis(expenditure.Actual, expenditure.Adjusted),
            ["SecondBasis"] = Basis(conclusion.Executed, conclusion.Budget),
        };
        if (Findings.Same(Descriptor, first.Location.Row!, first, second.Location.Row!, second, arguments) is { } finding)
        {
            yield return finding with
            {
                Values =
                [
                    .. finding.Values,
                    .. new[] { expenditure.Actual, expenditure.Adjusted, conclusion.Executed, conclusion.Budget }
                        .OfType<Stated>().Select(s => new FindingValue(s.Location.Row!, s)),
                ],
            };
        }
    }

    private static string Basis(Stated? numerator, Stated? denominator) =>
        numerator is null || denominator is null ? "依据未列明" : $"{numerator.Location.Row} {numerator.Text} ÷ {denominator.Location.Row} {denominator.Text}";
}
