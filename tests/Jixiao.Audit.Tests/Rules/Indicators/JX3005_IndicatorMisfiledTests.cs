using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3005_IndicatorMisfiledTests : RuleTestBase<IndicatorMisfiledRule>
{
    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    private static Indicator Economic(string name) => TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Economic, name, "100%");

    [Fact]
    public void Reports_a_review_rate_filed_as_an_economic_benefit()
    {
        // Tianhe 2023: 执法监察复查率 under 经济效益指标.
        var finding = AssertSingleFinding(With(Economic("执法监察复查率")),
            ("Indicator", "执法监察复查率"), ("Filed", "经济效益指标"), ("Keyword", "复查率"), ("Expected", "质量指标"), ("Table", "绩效目标表"));
        Assert.Contains("财预〔2021〕101号", finding.Message, StringComparison.Ordinal);
        Assert.Equal("执法监察复查率", finding.Location.Row);
    }

    [Fact]
    public void Reports_a_satisfaction_indicator_under_benefit() =>
        AssertSingleFinding(With(TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "宣传活动群众满意度", "≥90%")),
            ("Filed", "社会效益指标"), ("Expected", "服务对象满意度指标"));

    [Fact]
    public void Reports_a_cost_figure_under_quantity() =>
        AssertSingleFinding(With(TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "培训人均成本", "≤200元")),
            ("Filed", "数量指标"), ("Keyword", "成本"), ("Expected", "成本指标"));

    [Fact]
    public void Silent_when_names_fit_their_categories() =>
        AssertNoFindings(With(
            Economic("带动企业增收"),
            TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "应急响应启动及时率", "100%"),
            TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "培训人均成本", "≤200元"),
            TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "举报投诉案件查办率", "100%"),
            TargetTables.Indicator(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceSatisfaction, "宣传活动群众满意度", "100%")));

    [Fact]
    public void Indicators_without_a_level2_category_are_left_to_JX4002() =>
        AssertNoFindings(With(TargetTables.Indicator(IndicatorCategory.Benefit, null, "群众满意度", "100%")));

    [Fact]
    public void Reads_self_evaluation_table_indicators_too()
    {
        var table = SelfEvaluationTables.Table(indicators: [SelfEvaluationTables.Indicator("项目单位成本", "10", level2: "质量指标", target: "≤5万元")]);
        Assert.Equal("自评表", Assert.Single(Run(SelfEvaluationTables.Report(table))).Arguments["Table"]);
    }

    [Fact]
    public void Settings_replace_the_keyword_lists()
    {
        var settings = AuditSettings.Default with
        {
            CategoryKeywords = [new CategoryKeywords(["增收"], [IndicatorSubcategory.Economic], [IndicatorSubcategory.Social])],
        };
        var finding = Assert.Single(Run(With(Economic("执法监察复查率"),
            TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "农户增收", "≥5%")), settings));
        Assert.Equal(("农户增收", "经济效益指标"), (finding.Arguments["Indicator"], finding.Arguments["Expected"]));
        AssertNoFindings(With(Economic("执法监察复查率")), AuditSettings.Default with { CategoryKeywords = [] });
    }

    [Fact]
    public void A_profile_sets_the_keyword_lists()
    {
        var (profile, error) = RuleProfile.Parse("""{"settings":{"categoryKeywords":[{"keywords":["增收"],"belongsTo":["economic"],"notUnder":["social"]}]}}""");
        Assert.Null(error);
        var list = Assert.Single(profile!.Settings.CategoryKeywords);
        Assert.Equal(["增收"], list.Keywords);
        Assert.Equal([IndicatorSubcategory.Economic], list.BelongsTo);
        Assert.Equal([IndicatorSubcategory.Social], list.NotUnder);
        Assert.Equal(AuditSettings.Default.CeilingShare, profile.Settings.CeilingShare);
    }

    [Fact]
    public void Reports_the_two_misfiled_economic_benefits_of_the_reference_sample()
    {
        var findings = Run(TianheSample.Report);
        Assert.Equal(["执法监察复查率", "应急维稳响应率"], findings.Select(f => f.Arguments["Indicator"]));
        Assert.All(findings, f => Assert.Equal("经济效益指标", f.Arguments["Filed"]));
        Assert.Equal([107, 108], findings.Select(f => f.Location.Line!.Value));
    }
}
