using Jixiao.Testing;
namespace Jixiao.Testing;

/// <summary>
/// A small department report written for these tests in the text form published reports circulate in.
/// <see cref="Clean"/> adds up and audits without findings; <see cref="WithUnbalancedAdjustment"/> breaks one row of 表3.
/// </summary>
public static class SyntheticReport
{
    public const string Department = "广州市示例区测试局";

    public const string Title = "2023年度广州市示例区测试局部门整体支出绩效自评报告";

    /// <summary>The 预算收入 figure of the 收支 narrative, as printed (万元).</summary>
    public const string RevenueInitialText = "150.00";

    /// <summary>The 决算支出 figure of the 收支 narrative, as printed (万元).</summary>
    public const string ExpenditureActualText = "155.00";

    /// <summary>The 实际支出 of the 人员经费 row of 表3, as printed; replaced to make a cell non-numeric.</summary>
    public const string PersonnelActualText = "88.00";

    public const string PersonnelRow = "基本支出\t人员经费\t80.00\t10.00\t0\t90.00\t88.00\t97.78%";

    public static readonly string Clean = string.Join("\n",
        "# 2023年度广州市示例区测试局部门整体支出绩效自评报告",
        "",
        "### 一、部门基本情况",
        "",
        "#### （一）部门职能",
        "",
        "1.负责全区测试工作的统筹协调。",
        "",
        "#### （二）年度总体工作和重点工作任务",
        "",
        "2023年，本局完成年度测试工作，检查企业120家。",
        "",
        "#### （三）部门整体支出绩效目标",
        "",
        "具体绩效指标如下表：",
        "",
        "部门名称\t广州市示例区测试局\t\t\t",
        "预算整体情况\t部门预算支出\t预算金额（万元）\t收入来源\t预算金额（万元）",
        "\t基本支出\t100.00\t财政拨款\t150.00",
        "\t项目支出\t50.00\t其他资金\t0.00",
        "绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t年度指标值",
        "\t产出指标\t数量指标\t检查企业数量\t≥100家\t≥100家",
        "\t\t质量指标\t隐患整改率\t100%\t100%",
        "\t\t成本指标\t单次检查成本\t≤500元\t≤500元",
        "\t效益指标\t社会效益指标\t安全事故发生次数\t0次\t0次",
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t≥90%",
        "",
        "#### （四）部门整体收支情况",
        "",
        "2023年本单位预算收入 150.00 万元，调整预算数 160.00 万元，决算数 155.00 万元。",
        "",
        "2023 年，本单位年一般公共预算初预算支出 150.00 万元，调整预算支出 160.00 万元，决算支出 155.00 万元（其中，基本支出 105.00 万元，占比为 67.74%；项目支出 50.00 万元，占比为 32.26%），部门预算执行率 96.88%。",
        "",
        "表 2：部门预算按经济分类执行情况",
        "",
        "金额单位：万元",
        "",
        "\t实际支出数\t占比",
        "一、工资福利支出\t100.00\t64.52%",
        "二、商品和服务支出\t55.00\t35.48%",
        "合计\t155.00\t100.00%",
        "",
        "表 3：2023 年部门预算情况",
        "",
        "金额单位：万元",
        "",
        "支出内容\t\t年初预算\t预算调增数\t预算调减数\t调整后预算数\t实际支出\t支出率",
        PersonnelRow,
        "\t日常公用经费\t20.00\t0\t0\t20.00\t17.00\t85.00%",
        "\t基本支出合计\t\t100.00\t10.00\t0\t110.00\t105.00\t95.45%",
        "项目支出\t项目名称\t实施单位（科室）\t年初预算\t预算调增数\t预算调减数\t调整后预算数\t实际支出\t支出率",
        "\t检查工作经费\t办公室\t30.00\t0\t0\t30.00\t30.00\t100.00%",
        "\t宣传工作经费\t宣教科\t20.00\t0\t0\t20.00\t20.00\t100.00%",
        "\t项目支出合计\t\t50.00\t0\t0\t50.00\t50.00\t100.00%",
        "",
        "## 二、绩效自评情况",
        "",
        "### （一）自评结论",
        "",
        "部门整体支出绩效自评综述：全年预算数 160.00 万元，执行数 155.00 万元，完成预算的 96.88%。",
        "",
        "#### 三、存在的主要问题",
        "",
        "个别指标设置不够细化。",
        "",
        "#### 四、下一步改进措施",
        "",
        "进一步细化绩效指标。",
        "");

    /// <summary>The 人员经费 row states 调整后预算数 95.00 where 80.00 + 10.00 − 0 = 90.00 (JX1003).</summary>
    public static string WithUnbalancedAdjustment =>
        Clean.Replace(PersonnelRow, "基本支出\t人员经费\t80.00\t10.00\t0\t95.00\t88.00\t92.63%", StringComparison.Ordinal);

    /// <summary>The text up to the middle of the given line of 表3 (the line is cut, not dropped).</summary>
    public static string CutInsideLine(string lineStart)
    {
        var at = Clean.IndexOf(lineStart, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"“{lineStart}” is not in the synthetic report.");
        }

        var end = Clean.IndexOf('\n', at);
        return Clean[..(at + ((end - at) / 2))];
    }
}
