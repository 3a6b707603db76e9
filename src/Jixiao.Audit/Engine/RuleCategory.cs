namespace Jixiao.Audit.Engine;

/// <summary>Rule categories; the thousands digit of a rule ID.</summary>
public enum RuleCategory
{
    /// <summary>1xxx 合计与勾稽: arithmetic within a table or a sentence.</summary>
    Arithmetic = 1,
    /// <summary>2xxx 前后一致: narrative vs table vs table.</summary>
    CrossSection = 2,
    /// <summary>3xxx 指标与评分.</summary>
    Indicators = 3,
    /// <summary>4xxx 完整性.</summary>
    Completeness = 4,
    /// <summary>5xxx 日期与合理性.</summary>
    Plausibility = 5,
    /// <summary>8xxx 读取: problems reported by readers, not rules.</summary>
    Reading = 8,
}
