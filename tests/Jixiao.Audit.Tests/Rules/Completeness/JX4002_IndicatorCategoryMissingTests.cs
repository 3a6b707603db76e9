using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Completeness;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Completeness;

public sealed class JX4002_IndicatorCategoryMissingTests : RuleTestBase<IndicatorCategoryMissingRule>
{
    private static readonly Indicator Quantity = TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家");
    private static readonly Indicator Social = TargetTables.Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "安全事故发生次数", "0次");
    private static readonly Indicator Satisfaction = TargetTables.Indicator(IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceSatisfaction, "宣传活动群众满意度", "100%");
    private static readonly Indicator Cost = TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "执法监察成本控制", "≤32万元");

    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    [Fact]
    public void Reports_when_the_table_has_no_cost_indicator()
    {
        // Tianhe 2023: the 成本指标 row of the target table is empty.
        var finding = AssertSingleFinding(With(Quantity, Social, Satisfaction), ("Category", "成本指标"));
        Assert.Equal(TargetTables.Location, finding.Location);
        Assert.Empty(finding.Values);
    }

    [Fact]
    public void Reports_each_missing_category() =>
        Assert.Equal(new[] { "满意度指标", "成本指标" }, Run(With(Quantity, Social)).Select(f => f.Arguments["Category"]));

    [Fact]
    public void Silent_when_every_required_category_is_present() => AssertNoFindings(With(Quantity, Cost, Social, Satisfaction));

    [Fact]
    public void Settings_choose_the_required_categories()
    {
        var settings = AuditSettings.Default with { RequiredCategories = [IndicatorCategory.Output], RequiredSubcategories = [IndicatorSubcategory.Sustainable] };
        var finding = Assert.Single(Run(With(Quantity), settings));
        Assert.Equal("可持续影响指标", finding.Arguments["Category"]);
        AssertNoFindings(With(Quantity, Social), AuditSettings.Default with { RequiredCategories = [IndicatorCategory.Benefit], RequiredSubcategories = [] });
    }

    [Fact]
    public void A_level1_and_a_level2_cost_category_are_reported_once()
    {
        var settings = AuditSettings.Default with { RequiredCategories = [IndicatorCategory.Cost], RequiredSubcategories = [IndicatorSubcategory.Cost] };
        Assert.Equal("成本指标", Assert.Single(Run(With(Quantity), settings)).Arguments["Category"]);
    }

    [Fact]
    public void Silent_when_the_report_has_no_target_table() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_target_table_lists_no_indicators() => AssertNoFindings(With());
}
