using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Targets;
using static Jixiao.Audit.Tests.Rules.Indicators.DeclaredIndicators;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3018_TargetNotRaisedTests : RuleTestBase<TargetNotRaisedRule>
{
    [Fact]
    public void Reports_a_target_kept_after_last_years_actual_far_exceeded_it()
    {
        var finding = AssertSingleFinding(With(Declared("执法监察数量", "≥2000家", "≥2000家", "2600家")),
            ("Indicator", "执法监察数量"), ("Target", "≥2000家"), ("Actual", "2600家"), ("Excess", "30%"), ("Margin", "20%"));
        Assert.Equal("绩效目标表", finding.Arguments["Table"]);
    }

    [Fact]
    public void Reads_a_rate_made_positive_by_its_name_and_the_same_target_written_differently() =>
        Assert.Single(Run(With(Declared("培训覆盖率", "≥ 60 %", "≥60%", "90%"))));

    [Theory]
    [InlineData("≥2000家", "≥2000家", "2300家")]
    [InlineData("≥2500家", "≥2000家", "2600家")]
    [InlineData("≤30万元", "≤30万元", "60万元")]
    [InlineData("≥2000家", "≥2000家", "2600人次")]
    [InlineData("≥2000家", "≥2000家", "完成")]
    [InlineData("不发生较大以上的森林火灾", "不发生较大以上的森林火灾", "未发生")]
    public void Silent_when_exceeded_within_the_margin_raised_lower_is_better_or_not_comparable(string target, string prior, string actual) =>
        AssertNoFindings(With(Declared("指标", target, prior, actual)));

    [Fact]
    public void Silent_without_last_years_actual() => AssertNoFindings(With(Declared("执法监察数量", "≥2000家", "≥2000家", null)));

    [Fact]
    public void The_margin_is_a_setting()
    {
        var report = With(Declared("执法监察数量", "≥2000家", "≥2000家", "2300家"));
        Assert.Single(Run(report, AuditSettings.Default with { TargetRaiseMargin = 0.1m }));
    }

    [Fact]
    public void Reads_the_indicators_of_declared_projects()
    {
        var project = new ProjectTargetTable { ProjectName = "应急指挥救援业务经费", Indicators = [Declared("演练次数", "≥4次", "≥4次", "8次")] };
        var finding = Assert.Single(Run(new Testing.Builders.ReportBuilder().With(r => r with { ProjectTargets = [project] })));
        Assert.Equal("项目支出绩效目标表（应急指挥救援业务经费）", finding.Arguments["Table"]);
    }

    [Fact]
    public void Silent_on_a_report_without_prior_years() => AssertNoFindings(Testing.BundledSample.Report);

    [Fact]
    public void Is_an_indicator_rule_of_the_lint() => Assert.True(LintRules.Contains(Rule.Descriptor.Id));

}
