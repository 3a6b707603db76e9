using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Testing.Builders;

/// <summary>
/// The 收支 sentences and the 自评结论 for fixtures, in 万元, labelled as the extraction labels them
/// (预算收入, 调整预算数, 决算数, 比上年增减, 增长率; 全年预算数, 执行数, 完成预算的比例). Null leaves a figure out.
/// </summary>
public static class Statements
{
    /// <summary>The revenue total ("收入预算收入3916.29万元…决算数4051.74万元，比上年增加816.03万元，增长率25.22%").</summary>
    public static RevenueLine RevenueTotal(string? initial = null, string? adjusted = null, string? final = null, string? increase = null, string? growth = null) =>
        Revenue(null, initial, adjusted, final, increase, growth);

    /// <summary>A fund source listed under 其中 (财政拨款, 政府性基金…).</summary>
    public static RevenueLine RevenueSource(string source, string? initial = null, string? adjusted = null, string? final = null, string? increase = null, string? growth = null) =>
        Revenue(source, initial, adjusted, final, increase, growth);

    public static RevenueStatement Revenue(RevenueLine total, params RevenueLine[] sources) => new(total, sources);

    /// <summary>自评结论: 全年预算数, 执行数, 完成预算的%.</summary>
    public static SelfEvaluationConclusion Conclusion(string? budget = null, string? executed = null, string? rate = null)
    {
        var at = new SourceLocation("二、（一）", Row: "自评结论", Line: 222);
        return new SelfEvaluationConclusion(
            budget is null ? null : Num.Wan(budget) with { Location = at with { Row = "全年预算数" } },
            executed is null ? null : Num.Wan(executed) with { Location = at with { Row = "执行数" } },
            rate is null ? null : Num.Pct(rate) with { Location = at with { Row = "完成预算的比例" } },
            at);
    }

    private static RevenueLine Revenue(string? source, string? initial, string? adjusted, string? final, string? increase, string? growth)
    {
        var prefix = source ?? string.Empty;
        return new RevenueLine(source,
            initial is null ? null : Num.Wan(initial, prefix + "预算收入"),
            adjusted is null ? null : Num.Wan(adjusted, prefix + "调整预算数"),
            final is null ? null : Num.Wan(final, prefix + "决算数"),
            increase is null ? null : Num.Wan(increase, prefix + "比上年增减"),
            growth is null ? null : Num.Pct(growth, prefix + "增长率"),
            Num.At(source ?? "收入"));
    }
}
