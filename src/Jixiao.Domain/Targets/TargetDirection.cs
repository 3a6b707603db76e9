namespace Jixiao.Domain.Targets;

/// <summary>Which way a target is better (指标方向), resolved next to the operator as written.</summary>
public enum TargetDirection
{
    /// <summary>Unresolved or not applicable (未确定).</summary>
    None,
    /// <summary>Higher is better (正向指标): ≥, &gt;, "…率", "满意度".</summary>
    HigherIsBetter,
    /// <summary>Lower is better (反向指标): ≤, &lt;, "…发生率", "成本", "0次".</summary>
    LowerIsBetter,
    /// <summary>Exactly the target (等值指标): =.</summary>
    Equal,
}

/// <summary>Where a <see cref="TargetDirection"/> came from (方向依据).</summary>
public enum DirectionSource
{
    /// <summary>Not resolved (未确定).</summary>
    None,
    /// <summary>The operator as written (指标性质/比较符号): "≥", "不超过", "…以上".</summary>
    Operator,
    /// <summary>A keyword of <see cref="TargetDirections"/> found in the target's subject or the indicator name (名称关键词); see <see cref="TargetValue.DirectionKeyword"/>.</summary>
    Keyword,
    /// <summary>An indicator name without a keyword: the table's fallback (默认方向).</summary>
    Fallback,
    /// <summary>A zero target ("0次", "0起"): lower is better (零目标).</summary>
    ZeroTarget,
    /// <summary>The wording of a qualitative target: "不发生…", "降低", "不超预算" (表述).</summary>
    Wording,
}
