namespace Jixiao.Documents.Extraction;

/// <summary>
/// Where the value columns of a target table's indicator block stand, from its header row (一级指标 | 二级指标 | 三级指标 |
/// 实施周期指标值 | 年度指标值 | 实际完成值 | 分值 | 得分). Tables without 实际完成值, 分值 or 得分 columns are read by
/// position (the last filled cell is the annual target), as most published target tables have only the targets.
/// </summary>
internal sealed record IndicatorColumns(int? Cycle, int? Annual, int? Actual, int? Weight, int? Score)
{
    public static readonly IndicatorColumns ByPosition = new(null, null, null, null, null);

    public bool HasResults => Actual is not null || Weight is not null || Score is not null;

    public static IndicatorColumns Of(IReadOnlyList<string> header)
    {
        int? Find(params string[] names)
        {
            foreach (var name in names)
            {
                for (var i = 0; i < header.Count; i++)
                {
                    if (header[i].Contains(name, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }

            return null;
        }

        return new IndicatorColumns(Find("实施周期"), Find("年度指标值", "年度目标值", "指标值"), Find("实际完成值", "完成值", "实际值"), Find("分值", "权重"), Find("得分"));
    }
}
