using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// JX1014: on a self-evaluation table (自评表) the 年度资金总额 (总额) row equals the sum of its 其中 rows
/// (当年财政拨款/财政资金, 上年结转资金, 财政专户管理资金, 单位资金, 其他资金) in 年初预算数, 全年预算数 and 全年执行数.
/// </summary>
public sealed class FundingSourcesAddUpRule : IAuditRule
{
    private static readonly (string Column, Func<FundingRow, Stated?> Get)[] Columns =
    [
        ("年初预算数", r => r.Initial),
        ("全年预算数", r => r.Adjusted),
        ("全年执行数", r => r.Actual),
    ];

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.FundingSourcesAddUp, RuleCategory.Arithmetic, Severity.Error);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        if (report.Table is not { Total: { } total } table)
        {
            yield break;
        }

        var sources = table.Sources.ToArray();
        foreach (var (column, get) in Columns)
        {
            var terms = sources.Where(s => get(s) is not null).Select(s => new Term($"{s.Label}·{column}", get(s)!)).ToArray();
            if (get(total) is not { } stated || terms.Length == 0)
            {
                continue;
            }

            if (Findings.Sum(Descriptor, $"{total.Label}·{column}", stated, terms, new Dictionary<string, string>
                {
                    ["Table"] = table.Location.Table ?? "自评表",
                    ["Row"] = total.Label,
                    ["Column"] = column,
                }) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
