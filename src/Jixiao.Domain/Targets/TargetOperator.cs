namespace Jixiao.Domain.Targets;

/// <summary>The comparison a quantitative target asks for (指标性质).</summary>
public enum TargetOperator
{
    /// <summary>No operator written.</summary>
    Implicit,
    /// <summary>≥.</summary>
    AtLeast,
    /// <summary>&gt;.</summary>
    MoreThan,
    /// <summary>≤.</summary>
    AtMost,
    /// <summary>&lt;.</summary>
    LessThan,
    /// <summary>=.</summary>
    EqualTo,
}
