using System.Text.Json.Serialization;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// The usual form of an indicator's target (常用指标值形式): its kind, operator, unit and direction, with an example
/// target text such as "≥2000家". <see cref="TargetKind.Blank"/> means the form is not known.
/// </summary>
public sealed record TargetForm
{
    /// <summary>The form (定量, 零发生, 趋势 …); <see cref="TargetKind.Blank"/> when not known.</summary>
    public TargetKind Kind { get; init; } = TargetKind.Blank;

    /// <summary>The usual operator (指标性质); <see cref="TargetOperator.Implicit"/> when none is written.</summary>
    public TargetOperator Operator { get; init; }

    /// <summary>The unit without a scale (计量单位): "%", "家", "元"; null when none.</summary>
    public string? Unit { get; init; }

    /// <summary>Which way is better (指标方向).</summary>
    public TargetDirection Direction { get; init; }

    /// <summary>An example target in its canonical form: "≥2000家", "100%", "不发生较大以上的森林火灾".</summary>
    public string? Example { get; init; }

    /// <summary>True when nothing about the form is known.</summary>
    [JsonIgnore]
    public bool IsUnknown => Kind == TargetKind.Blank && Example is null;

    /// <summary>The form of a target as read from a report (its canonical text as the example).</summary>
    public static TargetForm Of(TargetValue target) => target.Kind == TargetKind.Blank
        ? new TargetForm()
        : new TargetForm
        {
            Kind = target.Kind,
            Operator = target.Operator,
            Unit = target.Unit,
            Direction = target.Direction,
            Example = target.Format(),
        };

    /// <summary>
    /// This form with kind, operator, unit and direction read from <see cref="Example"/> (for <paramref name="indicatorName"/>)
    /// when only the example is given — an edited file may give just "example": "≥2000家".
    /// </summary>
    public TargetForm Completed(string indicatorName) =>
        Kind == TargetKind.Blank && !string.IsNullOrWhiteSpace(Example) ? Of(TargetParser.Parse(Example, indicatorName)) : this;

    /// <summary>One Chinese phrase: "≥2000家（定量，正向，单位：家）"; "未给出" when unknown.</summary>
    public string Describe()
    {
        if (IsUnknown)
        {
            return "未给出";
        }

        var traits = new List<string> { KindName(Kind) };
        if (DirectionName(Direction) is { } direction)
        {
            traits.Add(direction);
        }

        if (Unit is not null)
        {
            traits.Add("单位：" + Unit);
        }

        var head = Example ?? TargetOperators.Symbol(Operator);
        return head.Length == 0 ? string.Join("，", traits) : $"{head}（{string.Join("，", traits)}）";
    }

    private static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.Quantitative => "定量",
        TargetKind.ZeroEvent => "零发生",
        TargetKind.Trend => "趋势",
        TargetKind.Compliance => "合规",
        TargetKind.Effect => "效果",
        TargetKind.Vague => "表述笼统",
        TargetKind.Deadline => "完成时限",
        TargetKind.Period => "时段/频次",
        TargetKind.RelativeDeadline => "相对时限",
        TargetKind.Compound => "一格多个指标值",
        TargetKind.Invalid => "无法识别",
        TargetKind.Blank => "形式未给出",
        _ => "定性",
    };

    private static string? DirectionName(TargetDirection direction) => direction switch
    {
        TargetDirection.HigherIsBetter => "正向",
        TargetDirection.LowerIsBetter => "反向",
        TargetDirection.Equal => "等值",
        _ => null,
    };
}
