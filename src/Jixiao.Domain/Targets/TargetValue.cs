using System.Globalization;
using System.Text.Json.Serialization;

namespace Jixiao.Domain.Targets;

/// <summary>
/// A target value (指标值) as written and as read (DOMAIN §6.2): the raw text side by side with the parsed operator,
/// number, scale and unit, the resolved direction and how it was resolved, or the deadline/period, the parts of a
/// two-target cell, an OCR warning, or — for text that is no target at all — the <see cref="Problem"/>.
/// Made by <see cref="TargetParser.Parse(string?, string?, TargetDirections?)"/>; never corrected, only read.
/// </summary>
/// <param name="Raw">The text as printed (原文).</param>
/// <param name="Kind">The form (指标值形式).</param>
/// <param name="Operator">The operator as written (指标性质); <see cref="TargetOperator.Implicit"/> when none.</param>
/// <param name="Number">The number with its scale applied (≥6万 → 60000, ≤90万元 → 900000).</param>
/// <param name="Unit">The unit without the scale (计量单位): "%", "家", "元" (for 万元), null when none.</param>
public sealed record TargetValue(string Raw, TargetKind Kind, TargetOperator Operator, decimal? Number, string? Unit)
{
    /// <summary>The number as printed, before the scale (≥6万 → 6); null when not quantitative.</summary>
    public decimal? Mantissa { get; init; }

    /// <summary>The scale word after the number (数量级): 万, 亿, 千.</summary>
    public TargetScale Scale { get; init; }

    /// <summary>The words before the number in prose ("辖区企业满意率达95%以上" → "辖区企业满意率"), null when none.</summary>
    public string? Subject { get; init; }

    /// <summary>The resolved direction (指标方向: 正向/反向/等值).</summary>
    public TargetDirection Direction { get; init; }

    /// <summary>How <see cref="Direction"/> was resolved (方向依据).</summary>
    public DirectionSource DirectionSource { get; init; }

    /// <summary>The <see cref="TargetDirections"/> keyword that decided the direction, when <see cref="DirectionSource"/> is <see cref="DirectionSource.Keyword"/>.</summary>
    public string? DirectionKeyword { get; init; }

    /// <summary>The deadline of a <see cref="TargetKind.Deadline"/> target.</summary>
    public TargetDeadline? Deadline { get; init; }

    /// <summary>The period of a <see cref="TargetKind.Period"/> target.</summary>
    public TargetPeriod? Period { get; init; }

    /// <summary>The targets of a <see cref="TargetKind.Compound"/> cell ("好路率达95%，优等路率达85%"), in order.</summary>
    public IReadOnlyList<TargetValue>? Parts { get; init; }

    /// <summary>
    /// A reason, in Chinese, to check the value against the original (存疑): a likely OCR error ("292%", "2280次") or
    /// wording that cannot be measured ("美化环境"). The value is never corrected.
    /// </summary>
    public string? Warning { get; init; }

    /// <summary>Why the text is no target value (无法识别的原因, Chinese); set exactly when <see cref="Kind"/> is <see cref="TargetKind.Invalid"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>True when the text was rejected (<see cref="Problem"/> set).</summary>
    [JsonIgnore]
    public bool IsRejected => Problem is not null;

    /// <summary>True for the qualitative kinds (定性): zero-event, trend, compliance, effect, vague and other wording.</summary>
    [JsonIgnore]
    public bool IsQualitative => Kind is TargetKind.ZeroEvent or TargetKind.Trend or TargetKind.Qualitative or TargetKind.Compliance or TargetKind.Effect or TargetKind.Vague;

    /// <summary>True for deadlines, periods and relative deadlines (时效).</summary>
    [JsonIgnore]
    public bool IsTime => Kind is TargetKind.Deadline or TargetKind.Period or TargetKind.RelativeDeadline;

    /// <summary>True when the target says the count of something must be zero ("0次", "不发生…").</summary>
    [JsonIgnore]
    public bool IsZeroTarget =>
        Kind == TargetKind.ZeroEvent
        || (Kind == TargetKind.Quantitative && Number == 0 && Operator is TargetOperator.Implicit or TargetOperator.EqualTo or TargetOperator.AtMost);

    /// <summary>
    /// The comparison to apply: the written operator, or for <see cref="TargetOperator.Implicit"/> the one the resolved
    /// direction implies (正向 → ≥, 反向 → ≤, 等值 → =); <see cref="TargetOperator.Implicit"/> when still unresolved.
    /// </summary>
    [JsonIgnore]
    public TargetOperator EffectiveOperator => Operator != TargetOperator.Implicit ? Operator : Direction switch
    {
        TargetDirection.HigherIsBetter => TargetOperator.AtLeast,
        TargetDirection.LowerIsBetter => TargetOperator.AtMost,
        TargetDirection.Equal => TargetOperator.EqualTo,
        _ => TargetOperator.Implicit,
    };

    /// <summary>
    /// The direction again, now from <paramref name="indicatorName"/> (三级指标名称) and <paramref name="directions"/>;
    /// only targets without a written operator change. Use when the target was read without its name.
    /// </summary>
    public TargetValue WithIndicatorName(string? indicatorName, TargetDirections? directions = null) =>
        TargetParser.Resolve(this, indicatorName, directions ?? TargetDirections.Default);

    /// <summary>
    /// Canonical form (规范写法): "≥2000家", "≤5%", "=100%", "≥6万", "≤90万元", "2023年12月31日前", "每月"; the parts
    /// of a compound joined with "，"; the trimmed text for the other kinds. Parsing it reads the same target again.
    /// </summary>
    public string Format() => Kind switch
    {
        TargetKind.Blank => string.Empty,
        TargetKind.Quantitative => FormatQuantity(),
        TargetKind.Deadline when Deadline is not null => Deadline.Format(),
        TargetKind.Period when Period is not null => Period.Format(),
        TargetKind.Compound when Parts is { Count: > 0 } => string.Join("，", Parts.Select(p => p.Subject is null ? p.FormatQuantity() : p.Subject + (p.Operator == TargetOperator.Implicit ? "达" : string.Empty) + p.FormatQuantity())),
        _ => Raw.Trim(),
    };

    /// <inheritdoc cref="Format"/>
    public override string ToString() => Format();

    private string FormatQuantity()
    {
        var (number, scale) = Mantissa is { } mantissa ? (mantissa, Scale) : (Number ?? 0m, TargetScale.None);
        return TargetOperators.Symbol(Operator) + number.ToString("0.############################", CultureInfo.InvariantCulture) + scale.Text() + Unit;
    }
}
