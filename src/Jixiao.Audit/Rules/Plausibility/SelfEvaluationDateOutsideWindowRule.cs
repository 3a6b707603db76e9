using Jixiao.Audit.Engine;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Plausibility;

/// <summary>JX5002: the year-end self-evaluation is dated before the budget year ends or long after (window configurable).</summary>
public sealed class SelfEvaluationDateOutsideWindowRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.SelfEvaluationDateOutsideWindow, RuleCategory.Plausibility, Severity.Warning);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings) =>
        DateWindow.Check(Descriptor, report, DateKind.SelfEvaluation, settings.SelfEvaluationFirstMonth, settings.SelfEvaluationLastMonth);
}
