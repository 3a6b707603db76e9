namespace Jixiao.Domain.Targets;

/// <summary>The form of a target value (指标值形式), DOMAIN §6.2.</summary>
public enum TargetKind
{
    /// <summary>No target written (未填).</summary>
    Blank,
    /// <summary>A number with an optional operator, scale and unit (定量): "≥2000家", "100%", "0次", "满意率达95%以上".</summary>
    Quantitative,
    /// <summary>A "nothing shall happen" target (零发生): "不发生较大以上的森林火灾", "零发生", "无重大事故".</summary>
    ZeroEvent,
    /// <summary>A trend (趋势): "提高", "有效提升", "明显改善", "逐步完善".</summary>
    Trend,
    /// <summary>Any other qualitative wording (定性).</summary>
    Qualitative,
    /// <summary>Compliance (合规): "符合相关规定", "严格执行…", "应保尽保", "不超预算".</summary>
    Compliance,
    /// <summary>Effect (效果): "效果明显", "良好", "有效".</summary>
    Effect,
    /// <summary>Vague wording that cannot be measured (表述笼统，无法衡量): "美化环境".</summary>
    Vague,
    /// <summary>An absolute deadline (完成时限): "2023年12月31日前", "年底前", "6月底前完成"; see <see cref="TargetValue.Deadline"/>.</summary>
    Deadline,
    /// <summary>A period or frequency (时段/频次): "2020年全年", "按月安排", "每季度"; see <see cref="TargetValue.Period"/>.</summary>
    Period,
    /// <summary>A deadline relative to a plan (相对时限): "在项目计划完成时间内完成", "按时完成".</summary>
    RelativeDeadline,
    /// <summary>Several targets in one cell (一格多个指标值): "好路率达95%，优等路率达85%"; see <see cref="TargetValue.Parts"/>.</summary>
    Compound,
    /// <summary>Text that is no target value at all (无法识别): "abc", "≥≥", "%100"; see <see cref="TargetValue.Problem"/>.</summary>
    Invalid,
}
