namespace Jixiao.Domain.Targets;

/// <summary>The Chinese scale word after a target number (数量级): "≥6万" → <see cref="TenThousand"/>.</summary>
public enum TargetScale
{
    /// <summary>No scale word.</summary>
    None,
    /// <summary>千 (×1 000).</summary>
    Thousand,
    /// <summary>万 (×10 000).</summary>
    TenThousand,
    /// <summary>亿 (×100 000 000).</summary>
    HundredMillion,
}

/// <summary>Multipliers and characters of <see cref="TargetScale"/>.</summary>
public static class TargetScales
{
    /// <summary>The multiplier (倍数): 万 → 10 000.</summary>
    public static decimal Multiplier(this TargetScale scale) => scale switch
    {
        TargetScale.Thousand => 1_000m,
        TargetScale.TenThousand => 10_000m,
        TargetScale.HundredMillion => 100_000_000m,
        _ => 1m,
    };

    /// <summary>The character as printed (千, 万, 亿), empty for <see cref="TargetScale.None"/>.</summary>
    public static string Text(this TargetScale scale) => scale switch
    {
        TargetScale.Thousand => "千",
        TargetScale.TenThousand => "万",
        TargetScale.HundredMillion => "亿",
        _ => string.Empty,
    };

    internal static TargetScale FromText(string text) => text switch
    {
        "千" => TargetScale.Thousand,
        "万" => TargetScale.TenThousand,
        "亿" => TargetScale.HundredMillion,
        _ => TargetScale.None,
    };
}
