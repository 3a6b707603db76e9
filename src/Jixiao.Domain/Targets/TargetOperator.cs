namespace Jixiao.Domain.Targets;

/// <summary>The comparison a quantitative target asks for (指标性质).</summary>
public enum TargetOperator
{
    /// <summary>No operator written (未写比较符号); see <see cref="TargetValue.Direction"/>.</summary>
    Implicit,
    /// <summary>≥ (不低于, 不少于, …以上).</summary>
    AtLeast,
    /// <summary>&gt; (高于, 超过).</summary>
    MoreThan,
    /// <summary>≤ (不高于, 不超过, …以内, …以下).</summary>
    AtMost,
    /// <summary>&lt; (低于).</summary>
    LessThan,
    /// <summary>= (达到, 等于).</summary>
    EqualTo,
}

/// <summary>Canonical symbols of <see cref="TargetOperator"/>.</summary>
public static class TargetOperators
{
    /// <summary>"≥", "&gt;", "≤", "&lt;", "=", or empty for <see cref="TargetOperator.Implicit"/>.</summary>
    public static string Symbol(TargetOperator op) => op switch
    {
        TargetOperator.AtLeast => "≥",
        TargetOperator.MoreThan => ">",
        TargetOperator.AtMost => "≤",
        TargetOperator.LessThan => "<",
        TargetOperator.EqualTo => "=",
        _ => string.Empty,
    };

    /// <summary>The direction an explicit operator implies (正向/反向/等值).</summary>
    public static TargetDirection Direction(TargetOperator op) => op switch
    {
        TargetOperator.AtLeast or TargetOperator.MoreThan => TargetDirection.HigherIsBetter,
        TargetOperator.AtMost or TargetOperator.LessThan => TargetDirection.LowerIsBetter,
        TargetOperator.EqualTo => TargetDirection.Equal,
        _ => TargetDirection.None,
    };
}
