namespace Jixiao.Documents.Extraction;

/// <summary>
/// Where the value columns of a target table's indicator block stand, from its header row (一级指标 | 二级指标 | 三级指标 |
/// 实施周期指标值 | 年度指标值 | 实际完成值 | 分值 | 得分 | 上年指标值 | 上年实际值 | 调整理由). Tables with none of the result,
/// 历史标准 or 调整理由 columns are read by position (the last filled cell is the annual target), as most published target
/// tables have only the targets.
/// </summary>
internal sealed record IndicatorColumns(int? Cycle, int? Annual, int? Actual, int? Weight, int? Score, int? PriorTarget, int? PriorActual, int? Reason)
{
    /// <summary>历史标准 columns start with this (上年指标值, 上年实际值); the other columns never match them.</summary>
    private const string PriorYearPrefix = "上年";

    public static readonly IndicatorColumns ByPosition = new(null, null, null, null, null, null, null, null);

    /// <summary>True when the values are read by the header: a column besides the targets is present.</summary>
    public bool ByHeader => Actual is not null || Weight is not null || Score is not null || PriorTarget is not null || PriorActual is not null || Reason is not null;

    public static IndicatorColumns Of(IReadOnlyList<string> header)
    {
        int? Find(bool priorYear, params string[] names)
        {
            foreach (var name in names)
            {
                for (var i = 0; i < header.Count; i++)
                {
                    if (header[i].StartsWith(PriorYearPrefix, StringComparison.Ordinal) == priorYear && header[i].Contains(name, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        return new IndicatorColumns(Find(false, "实施周期"), Find(false, "年度指标值", "年度目标值", "指标值"), Find(false, "实际完成值", "完成值", "实际值"),
            Find(false, "分值", "权重"), Find(false, "得分"), Find(true, "指标值", "目标值"), Find(true, "实际值", "完成值"), Find(false, "调整理由"));
    }
}
