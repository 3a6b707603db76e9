using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using static Jixiao.Audit.Rules.Scoring.ScoringFindings;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>JX3011: the stated 等级 is the grade the scheme gives the stated 总分 (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差).</summary>
public sealed class GradeMatchesTotalRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.GradeMatchesTotal, RuleCategory.Indicators, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is null)
        {
            yield break;
        }

        var sheet = SchemeLibrary.SheetFor(report);
        if (sheet is not { StatedGrade: { } statedGrade, StatedTotal: { } total, GradeOfStatedTotal: { } grade })
        {
            yield break;
        }

        var printed = statedGrade.FirstOrDefault(c => "优良中差".Contains(c, StringComparison.Ordinal));
        if (printed == default || printed.ToString() == grade)
        {
            yield break;
        }

        yield return Create(Descriptor, total.Location, [new FindingValue("总分", total)],
            new Dictionary<string, string> { ["Where"] = TableName(report), ["Total"] = total.Text, ["StatedGrade"] = statedGrade, ["Grade"] = grade, ["Scheme"] = sheet.Scheme },
            grade, statedGrade);
    }
}
