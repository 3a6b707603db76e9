using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.CrossSection;

/// <summary>
/// JX2005: a figure the report states in several places is the same everywhere — 预算收入 and 年初预算支出
/// (a budget balances), 调整预算数 of revenue and expenditure, 自评结论's 全年预算数 and 调整预算支出, and the
/// target table's 财政拨款 + 其他资金 and 预算收入.
/// </summary>
public sealed class RepeatedFigureConsistentRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.RepeatedFigureConsistent, RuleCategory.CrossSection, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var pairs = new List<(Stated? First, Stated? Second)>
        {
            (report.Revenue?.Total.Initial, report.Expenditure?.Initial),
            (report.Revenue?.Total.Adjusted, report.Expenditure?.Adjusted),
            (report.Expenditure?.Adjusted, report.Conclusion?.Budget),
        };
        foreach (var (first, second) in pairs)
        {
            if (first is not null && second is not null
                && Findings.Same(Descriptor, Label(first), first, Label(second), second, new Dictionary<string, string>()) is { } finding)
            {
                yield return finding;
            }
        }

        if (report.Targets?.Overview is { FiscalAppropriation: { } fiscal } overview && report.Revenue?.Total.Initial is { } revenue)
        {
            Term[] terms = overview.OtherFunds is { } other
                ? [new Term("目标表·财政拨款", fiscal), new Term("目标表·其他资金", other)]
                : [new Term("目标表·财政拨款", fiscal)];
            var arguments = new Dictionary<string, string> { ["FirstLabel"] = "目标表·收入来源合计", ["SecondLabel"] = Label(revenue) };
            if (Findings.Sum(Descriptor, Label(revenue), revenue, terms, arguments) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static string Label(Stated stated) => $"{stated.Location.Section}{stated.Location.Row}";
}
