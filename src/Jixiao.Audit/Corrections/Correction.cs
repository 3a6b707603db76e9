namespace Jixiao.Audit.Corrections;

/// <summary>One figure changed by <see cref="ReportCorrector"/>: where, what, the printed value before and after, and why.</summary>
public sealed record Correction(string Where, string Before, string After, string Reason)
{
    /// <summary>False when two detailed sources contradict each other and the figures were left as printed.</summary>
    public bool Resolved { get; init; } = true;

    /// <summary>"表3“森防办基本支出/基本支出合计”预算调增数：0 → 149.23（按各明细行之和）"</summary>
    public override string ToString() => Resolved ? $"{Where}：{Before} → {After}（{Reason}）" : $"{Where}：{Before} 与 {After} 不符，未更正（{Reason}）";
}
