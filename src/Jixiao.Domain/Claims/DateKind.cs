namespace Jixiao.Domain.Claims;

/// <summary>Which step of the performance cycle a stated date belongs to.</summary>
public enum DateKind
{
    /// <summary>绩效自评 carried out.</summary>
    SelfEvaluation,
    /// <summary>绩效运行监控 carried out.</summary>
    Monitoring,
}
