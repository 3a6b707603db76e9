using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3009_TargetsAtCeilingTests : RuleTestBase<TargetsAtCeilingRule>
{
    private static ReportBuilder With(params Indicator[] indicators) => new ReportBuilder().With(r => r with { Targets = TargetTables.With(indicators) });

    private static Indicator Rate(string name, string target) => TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, name, target);

    private static readonly Indicator[] AllAtCeiling =
        [Rate("安全隐患消除率", "100%"), Rate("执法监察覆盖面", "=100%"), Rate("案件结案率", "≥100%"), Rate("执法监察数量", "≥2000家")];

    [Fact]
    public void Reports_once_when_every_rate_target_is_100_percent()
    {
        var finding = AssertSingleFinding(With(AllAtCeiling), ("Table", "绩效目标表"), ("Count", "3"), ("Total", "3"),
            ("Indicators", "“安全隐患消除率”、“执法监察覆盖面”、“案件结案率”"));
        Assert.Equal(TargetTables.Location, finding.Location);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("财预〔2021〕101号", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Silent_when_one_rate_target_is_below_the_ceiling() => AssertNoFindings(With([.. AllAtCeiling, Rate("生态环境有效保护率", "95%")]));

    [Fact]
    public void Upper_limits_are_not_ceiling_targets() => AssertNoFindings(With([.. AllAtCeiling, Rate("三公经费控制率", "≤100%")]), AuditSettings.Default with { CeilingMinimumCount = 4 });

    [Fact]
    public void Silent_with_fewer_rate_targets_than_the_minimum() => AssertNoFindings(With(Rate("安全隐患消除率", "100%"), Rate("案件结案率", "100%")));

    [Fact]
    public void Settings_choose_the_share_and_the_minimum()
    {
        var settings = AuditSettings.Default with { CeilingShare = 0.75m, CeilingMinimumCount = 2 };
        var finding = Assert.Single(Run(With([.. AllAtCeiling, Rate("生态环境有效保护率", "95%")]), settings));
        Assert.Equal(("3", "4"), (finding.Arguments["Count"], finding.Arguments["Total"]));
        Assert.Single(Run(With(Rate("安全隐患消除率", "100%"), Rate("案件结案率", "100%")), settings));
    }

    [Fact]
    public void Checks_the_self_evaluation_table_on_its_own()
    {
        var rows = new[] { "覆盖率", "参保率", "合格率" }.Select(n => SelfEvaluationTables.Indicator(n, "10", target: "=100%"));
        Assert.Equal("自评表", Assert.Single(Run(SelfEvaluationTables.Report(SelfEvaluationTables.Table(indicators: rows)))).Arguments["Table"]);
    }

    [Fact]
    public void Silent_on_the_reference_sample_where_one_rate_is_95_percent() => Assert.Empty(Run(TianheSample.Report));
}
