namespace Jixiao.Domain.Targets;

/// <summary>One entry of a <see cref="TargetDirections"/> table: a word of an indicator name and the direction it implies (方向关键词).</summary>
public sealed record DirectionKeyword(string Keyword, TargetDirection Direction);

/// <summary>
/// The keyword table that gives a target written without an operator ("100%", "95%", "9个") its direction from the
/// indicator name (指标名称) — DOMAIN §6.2 "Defaults". The longest keyword found wins; keywords added with
/// <see cref="Override(string, TargetDirection)"/> win over the base table. Immutable: <see cref="Override(string, TargetDirection)"/> returns a new table.
/// </summary>
public sealed class TargetDirections
{
    private readonly IReadOnlyList<DirectionKeyword> overrides;

    public TargetDirections(IEnumerable<DirectionKeyword> keywords, TargetDirection fallback = TargetDirection.HigherIsBetter)
        : this([.. keywords], [], fallback)
    {
    }

    private TargetDirections(IReadOnlyList<DirectionKeyword> keywords, IReadOnlyList<DirectionKeyword> overrides, TargetDirection fallback)
    {
        Keywords = keywords;
        this.overrides = overrides;
        Fallback = fallback;
    }

    /// <summary>
    /// The built-in table: positive-sense names (…率, 满意度, 覆盖面, 达标率, 及时率 …) → higher is better; bad events
    /// (…发生率, 受害率, 结余率, 投诉率, 事故, 差错, 超支, 偏差率, 发生次数 …) and costs (成本, 费用, 单价, 控制数) → lower is better.
    /// A name without any keyword (e.g. "大楼安检巡察次数" with "200次") falls back to higher is better (DOMAIN §6.1 #20, #25).
    /// </summary>
    public static TargetDirections Default { get; } = new(DefaultKeywords());

    /// <summary>The base keywords, in order.</summary>
    public IReadOnlyList<DirectionKeyword> Keywords { get; }

    /// <summary>Keywords added with <see cref="Override(string, TargetDirection)"/>, latest first.</summary>
    public IReadOnlyList<DirectionKeyword> Overrides => overrides;

    /// <summary>The direction of a named indicator that has no keyword (默认方向).</summary>
    public TargetDirection Fallback { get; }

    /// <summary>A table where <paramref name="keyword"/> means <paramref name="direction"/>, ahead of every base keyword (用户覆盖).</summary>
    public TargetDirections Override(string keyword, TargetDirection direction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyword);
        return new(Keywords, [new DirectionKeyword(keyword, direction), .. overrides.Where(o => o.Keyword != keyword)], Fallback);
    }

    /// <summary>A table with another fallback.</summary>
    public TargetDirections WithFallback(TargetDirection fallback) => new(Keywords, overrides, fallback);

    /// <summary>The keyword that decides <paramref name="name"/>: the longest override found, else the longest base keyword; null when none.</summary>
    public DirectionKeyword? Match(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return Longest(overrides, name) ?? Longest(Keywords, name);
    }

    private static DirectionKeyword? Longest(IReadOnlyList<DirectionKeyword> keywords, string name)
    {
        DirectionKeyword? best = null;
        foreach (var keyword in keywords)
        {
            if (name.Contains(keyword.Keyword, StringComparison.Ordinal) && (best is null || keyword.Keyword.Length > best.Keyword.Length))
            {
                best = keyword;
            }
        }

        return best;
    }

    private static IEnumerable<DirectionKeyword> DefaultKeywords()
    {
        string[] higher =
        [
            "率", "满意度", "满意率", "覆盖面", "覆盖率", "达标率", "及时率", "合格率", "完成率", "执行率", "知晓率", "参与率",
            "到位率", "办结率", "处理率", "处置率", "结案率", "整改率", "消除率", "节约率", "优良率", "好路率", "优等路率", "响应率",
        ];
        string[] lower =
        [
            "发生率", "受害率", "结余率", "投诉率", "差错率", "偏差率", "事故率", "超支率", "失误率", "返工率", "死亡率", "伤亡率",
            "事故", "差错", "超支", "投诉", "伤亡", "死亡", "损失", "发生次数", "发生数", "调整次数", "违规", "违纪",
            "成本", "费用", "单价", "控制数",
        ];
        return higher.Select(k => new DirectionKeyword(k, TargetDirection.HigherIsBetter))
            .Concat(lower.Select(k => new DirectionKeyword(k, TargetDirection.LowerIsBetter)));
    }
}
