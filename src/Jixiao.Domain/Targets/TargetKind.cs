namespace Jixiao.Domain.Targets;

/// <summary>The form of a target value (指标值).</summary>
public enum TargetKind
{
    /// <summary>No target written.</summary>
    Blank,
    /// <summary>A number with an optional operator and unit: "≥2000家", "100%", "0次".</summary>
    Quantitative,
    /// <summary>A "nothing shall happen" target: "不发生较大以上的森林火灾", "零发生".</summary>
    ZeroEvent,
    /// <summary>A trend: "提高", "提升".</summary>
    Trend,
    /// <summary>Any other qualitative wording.</summary>
    Qualitative,
}
