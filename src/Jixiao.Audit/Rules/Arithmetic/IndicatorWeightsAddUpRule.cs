using Jixiao.Audit.Engine;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1015: on a self-evaluation table (自评表) the indicators' 分值 (权重) add up to the indicator block's weight
/// (绩效指标(90分)), and the budget-execution weight plus the indicators' weights add up to the 合计 (总分) weight.
/// </summary>
public sealed class IndicatorWeightsAddUpRule : IAuditRule
{
    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.IndicatorWeightsAddUp, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is not { } table || table.Indicators.Count == 0 || table.UnreadIndicatorRows > 0
            || table.Indicators.Any(i => i.Indicator.MaxScore is null))
        {
            yield break;
        }

        var tableName = table.Location.Table ?? "自评表";
        var indicatorTerms = table.Indicators.Select(i => new Term(i.Indicator.Name, i.Indicator.MaxScore!)).ToArray();
        if (table.IndicatorBlockWeight is { } blockWeight
            && Findings.Sum(Descriptor, "绩效指标分值", blockWeight, indicatorTerms, new Dictionary<string, string>
            {
                ["Where"] = $"{tableName}绩效指标",
                ["Parts"] = "各指标分值",
            }) is { } blockFinding)
        {
            yield return blockFinding;
        }

        var executionWeight = table.BudgetExecutionWeight ?? table.Total?.Weight;
        if (table.TotalWeight is { } totalWeight && executionWeight is not null
            && Findings.Sum(Descriptor, "合计分值", totalWeight, [new Term("预算执行情况分值", executionWeight), .. indicatorTerms],
                new Dictionary<string, string>
                {
                    ["Where"] = $"{tableName}合计",
                    ["Parts"] = "预算执行情况与各指标分值",
                }) is { } totalFinding)
        {
            yield return totalFinding;
        }
    }
}
