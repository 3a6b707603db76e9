namespace Jixiao.Data.Entities;

/// <summary>What a reviewer or the report's department decided about a finding.</summary>
public enum FindingDecisionKind
{
    /// <summary>已说明: the finding stands, with an explanation.</summary>
    Explained,

    /// <summary>误报: the finding is a false positive, with a reason.</summary>
    FalsePositive,
}
