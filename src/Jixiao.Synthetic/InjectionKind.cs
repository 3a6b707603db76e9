using System.Text.Json.Serialization;

namespace Jixiao.Synthetic;

/// <summary>
/// The contradictions the generator can inject into a composed report: each changes one printed figure so that one
/// audited relation no longer holds (<see cref="InjectionKinds"/> names the rules that should find it).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InjectionKind>))]
public enum InjectionKind
{
    /// <summary>表3: a project's 支出率 no longer equals 实际支出 ÷ 调整后预算数 (JX1006).</summary>
    ProjectRate,
    /// <summary>表2: a class's 占比 no longer equals its amount ÷ 合计 (JX1008).</summary>
    EconomicShare,
    /// <summary>表2: a class's amount changed, its share still right, so 合计 is no longer the sum of the rows (JX1001).</summary>
    EconomicTotal,
    /// <summary>收入: the total's 增长率 no longer equals 比上年增加 ÷ 上年数 (JX1009).</summary>
    GrowthRate,
    /// <summary>目标表: 本级使用资金 no longer equals 基本支出 + 项目支出 (JX1012).</summary>
    OverviewBalance,
    /// <summary>目标表: a key task's 拟投入的资金 no longer equals the project's 年初预算 in 表3 (JX2004).</summary>
    KeyTaskFunds,
    /// <summary>绩效管理情况: the funds of the department self-evaluation are not the expenditure (JX2002).</summary>
    EvaluatedFunds,
    /// <summary>收支情况: an economic class's amount in the sentence disagrees with 表2 (JX2006).</summary>
    EconomicNarrative,
    /// <summary>绩效管理情况: a category's indicator count disagrees with the target table (JX3001).</summary>
    IndicatorCount,
    /// <summary>履职效能分析: more indicators in the 100–150% band than the category has (JX3002).</summary>
    BandCount,
    /// <summary>履职效能分析: 自评得分 above 指标得分 (JX3004).</summary>
    ScoreAboveMaximum,
}
