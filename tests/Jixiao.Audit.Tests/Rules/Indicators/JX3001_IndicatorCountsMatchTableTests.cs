using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3001_IndicatorCountsMatchTableTests : RuleTestBase<IndicatorCountsMatchTableRule>
{
    /// <summary>The output and benefit indicators of the Tianhe 2023 target table (7 output, 7 benefit, 1 satisfaction).</summary>
    private static readonly PerformanceTargetTable Table = TargetTables.With(
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "开展企业应急与安全生产培训", "≥6万"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "安全隐患消除率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "执法监察覆盖面", "100%"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "应急响应启动及时率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "案件结案率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "控制森林火灾受害率", "不发生较大以上的森林火灾"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Economic, "执法监察复查率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Economic, "应急维稳响应率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "安全事故发生次数", "0次"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "汛期事故抢险成功率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "举报投诉案件查办率", "100%"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "应急处置水平", "提高"),
        TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Ecological, "生态环境有效保护率", "95%"),
        TargetTables.Indicator(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceSatisfaction, "宣传活动群众满意度", "100%"));

    private static IndicatorCountClaim Count(IndicatorCategory category, string total, params (IndicatorSubcategory Subcategory, string Count)[] parts) =>
        new(category, Num.Count(total, row: "指标个数", line: 204),
            parts.Select(p => new SubcategoryCount(p.Subcategory, Num.Count(p.Count, row: $"{p.Subcategory}个数", line: 204))).ToArray(),
            Num.At("指标个数", 204));

    private static ReportBuilder With(params IndicatorCountClaim[] claims) => new ReportBuilder().With(r => r with { Targets = Table, Claims = claims });

    [Fact]
    public void Reports_when_a_stated_subcategory_count_differs_from_the_table()
    {
        // Tianhe 2023: "其中数量指标1个" but the target table lists 2 数量指标.
        var finding = AssertSingleFinding(
            With(Count(IndicatorCategory.Output, "7",
                (IndicatorSubcategory.Quantity, "1"), (IndicatorSubcategory.Quality, "2"), (IndicatorSubcategory.Timeliness, "3"), (IndicatorSubcategory.Cost, "0"))),
            ("Indicator", "数量指标"), ("FirstLabel", "绩效目标表·数量指标个数"), ("SecondLabel", "数量指标个数"), ("FirstText", "2个"), ("SecondText", "1个"),
            ("Expected", "2"), ("Actual", "1"), ("Difference", "1"));
        Assert.Equal(new[] { "2", "1" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal(204, finding.Location.Line);
    }

    [Fact]
    public void Reports_when_a_stated_category_count_differs_from_the_table() =>
        AssertSingleFinding(With(Count(IndicatorCategory.Benefit, "8")), ("Indicator", "效益指标"), ("Expected", "7"), ("Actual", "8"));

    [Fact]
    public void Silent_when_counts_match_the_table() =>
        AssertNoFindings(With(Count(IndicatorCategory.Output, "7",
            (IndicatorSubcategory.Quantity, "2"), (IndicatorSubcategory.Quality, "2"), (IndicatorSubcategory.Timeliness, "3"), (IndicatorSubcategory.Cost, "0"))));

    [Fact]
    public void Silent_when_the_report_counts_satisfaction_under_benefit() =>
        // Tianhe 2023: "效益指标8个，其中…服务对象满意度指标1个" — the table's 满意度指标 counted as a 效益指标.
        AssertNoFindings(With(Count(IndicatorCategory.Benefit, "8",
            (IndicatorSubcategory.Economic, "2"), (IndicatorSubcategory.Social, "4"), (IndicatorSubcategory.Ecological, "1"),
            (IndicatorSubcategory.Cultural, "0"), (IndicatorSubcategory.Sustainable, "0"), (IndicatorSubcategory.ServiceSatisfaction, "1"))));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Claims = [Count(IndicatorCategory.Output, "8")] }));

    [Fact]
    public void Silent_when_the_report_states_no_counts() => AssertNoFindings(With());
}
