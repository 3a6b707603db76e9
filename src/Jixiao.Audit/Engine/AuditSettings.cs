using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Engine;

/// <summary>
/// Settings rules read, overridable in a profile: the windows in which dated steps of the performance
/// cycle are expected, relative to the budget year Y (months counted from January of Y as 1).
/// </summary>
public sealed record AuditSettings
{
    public static readonly AuditSettings Default = new();

    /// <summary>First month (1 = January of Y) in which in-year monitoring (绩效运行监控) may be dated.</summary>
    public int MonitoringFirstMonth { get; init; } = 1;

    /// <summary>Last month in which monitoring may be dated (12 = December of Y).</summary>
    public int MonitoringLastMonth { get; init; } = 12;

    /// <summary>
    /// JX5004: percentage points by which a monitored 执行率 may fall below 时间进度 (N/12) before it is reported as a
    /// warning ("yellow"); DOMAIN §2.4 — local rules commonly use 10 / 20.
    /// </summary>
    public decimal MonitoringYellowGap { get; init; } = 10m;

    /// <summary>JX5004: percentage points below 时间进度 beyond which the finding is an error ("red").</summary>
    public decimal MonitoringRedGap { get; init; } = 20m;

    /// <summary>First month in which the year-end self-evaluation may be dated (12 = December of Y).</summary>
    public int SelfEvaluationFirstMonth { get; init; } = 12;

    /// <summary>Last month for the self-evaluation (24 = December of Y+1).</summary>
    public int SelfEvaluationLastMonth { get; init; } = 24;

    /// <summary>Level-1 indicator categories a department-wide target table is expected to have.</summary>
    public IReadOnlyList<IndicatorCategory> RequiredCategories { get; init; } = [IndicatorCategory.Output, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction];

    /// <summary>Level-2 categories a target table is expected to have (成本指标 by 财预〔2021〕101号).</summary>
    public IReadOnlyList<IndicatorSubcategory> RequiredSubcategories { get; init; } = [IndicatorSubcategory.Cost];

    /// <summary>
    /// JX3005: words in an indicator's name (三级指标) that place it in a level-2 category, and the level-2 categories
    /// where such a name is misfiled (财预〔2021〕101号 categories; defaults from DOMAIN §1.3, §5.2).
    /// </summary>
    public IReadOnlyList<CategoryKeywords> CategoryKeywords { get; init; } =
    [
        new(["满意度", "满意率"], [IndicatorSubcategory.ServiceSatisfaction],
            [IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Timeliness, IndicatorSubcategory.Cost,
                IndicatorSubcategory.Economic, IndicatorSubcategory.Social, IndicatorSubcategory.Ecological, IndicatorSubcategory.Cultural,
                IndicatorSubcategory.Sustainable]),
        new(["成本", "单价", "造价", "费用控制", "经费控制"], [IndicatorSubcategory.Cost],
            [IndicatorSubcategory.Quantity, IndicatorSubcategory.Quality, IndicatorSubcategory.Timeliness]),
        new(["及时率", "响应率", "办结率", "结案率", "完成时间"], [IndicatorSubcategory.Timeliness], [IndicatorSubcategory.Economic]),
        new(["复查率", "覆盖率", "覆盖面", "合格率", "达标率", "完成率", "验收"], [IndicatorSubcategory.Quality], [IndicatorSubcategory.Economic]),
        new(["数量", "人次", "场次", "户次"], [IndicatorSubcategory.Quantity], [IndicatorSubcategory.Economic]),
    ];

    /// <summary>
    /// JX3006: wording of a qualitative, trend or effect target (指标值) that says no grade or measure ("效果明显", a bare
    /// "提高"); a target that also holds a digit is not vague. Targets the grammar reads as 表述笼统 ("美化环境") are vague anyway.
    /// </summary>
    public IReadOnlyList<string> VagueTargetPhrases { get; init; } =
        ["美化", "明显", "显著", "良好", "较好", "提高", "提升", "改善", "增强", "加强", "完善", "降低", "减少"];

    /// <summary>JX3006, JX3009: units of rate targets (a rate needs no written direction; 100% is its ceiling).</summary>
    public IReadOnlyList<string> RateUnits { get; init; } = ["%", "‰"];

    /// <summary>JX3007: money units of a target value.</summary>
    public IReadOnlyList<string> MoneyUnits { get; init; } = ["元", "万元", "千元", "亿元"];

    /// <summary>JX3007: words of an indicator's name or target that speak of funds arranged or paid (投入, not 产出).</summary>
    public IReadOnlyList<string> InputKeywords { get; init; } = ["安排", "拨付", "下达", "投入", "到位", "资金", "金额", "经费"];

    /// <summary>JX3008: 指标性质 values that say the target is quantitative (定量); a target of such a nature must be a number.</summary>
    public IReadOnlyList<string> QuantitativeNatures { get; init; } = ["≥", "≤", "=", ">", "<", "＞", "＜", "定量", "正向", "反向"];

    /// <summary>JX3008: 度量单位 cells that mean "no unit".</summary>
    public IReadOnlyList<string> NoUnitMarks { get; init; } = ["/", "—", "－", "-", "无"];

    /// <summary>JX3009: share of a table's rate targets (0–1) that must sit at 100% for the table to be reported (1 = all of them).</summary>
    public decimal CeilingShare { get; init; } = 1m;

    /// <summary>JX3009: fewest rate targets a table must have before the ceiling check applies.</summary>
    public int CeilingMinimumCount { get; init; } = 3;

    /// <summary>
    /// JX3018: share (0.2 = 20%) by which last year's actual must exceed a target declared again unchanged for the target
    /// to count as not raised.
    /// </summary>
    public decimal TargetRaiseMargin { get; init; } = 0.2m;

    /// <summary>JX3021: two-character words of key-task names too general to tie a task to an indicator.</summary>
    public IReadOnlyList<string> KeyTaskStopWords { get; init; } = ["经费", "工作", "业务", "项目", "专项", "资金", "任务", "保障", "建设", "管理", "购置", "运行"];
}

/// <summary>
/// One JX3005 keyword list: names containing any of <paramref name="Keywords"/> belong to <paramref name="BelongsTo"/>
/// and are misfiled when listed under one of <paramref name="NotUnder"/>.
/// </summary>
public sealed record CategoryKeywords(
    IReadOnlyList<string> Keywords,
    IReadOnlyList<IndicatorSubcategory> BelongsTo,
    IReadOnlyList<IndicatorSubcategory> NotUnder);
