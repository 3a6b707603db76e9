using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

public sealed class JX3021_KeyTaskWithoutIndicatorTests : RuleTestBase<KeyTaskWithoutIndicatorRule>
{
    private static readonly Indicator Inspections = TargetTables.Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家");

    private static Report With(string task, params ProjectTargetTable[] projects) => new ReportBuilder().With(r => r with
    {
        Targets = TargetTables.With(Inspections) with { KeyTasks = [new KeyTask(task, null, null, null, TargetTables.Location)] },
        ProjectTargets = projects,
    });

    [Fact]
    public void Reports_a_key_task_no_indicator_name_shares_a_word_with()
    {
        var finding = Assert.Single(Run(With("森林防火宣传专项经费")));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("森林防火宣传专项经费", finding.Arguments["Task"]);
        Assert.Equal("森林、林防、防火、火宣、宣传", finding.Arguments["Keywords"]);
    }

    [Fact]
    public void Silent_when_an_indicator_name_shares_a_word() => AssertNoFindings(With("安全生产执法监察经费"));

    [Fact]
    public void Silent_when_the_task_is_a_declared_project_with_indicators()
    {
        var project = new ProjectTargetTable { ProjectName = "森林防火宣传专项经费", Indicators = [Inspections with { Name = "宣传活动场次" }] };
        AssertNoFindings(With("森林防火宣传专项经费", project));
    }

    [Fact]
    public void A_task_named_only_by_stop_words_is_not_checked() => AssertNoFindings(With("专项经费"));

    [Fact]
    public void Stop_words_are_a_setting() =>
        AssertNoFindings(With("森林防火宣传专项经费"), AuditSettings.Default with { KeyTaskStopWords = ["森林防火宣传专项经费"] });

    [Fact]
    public void Silent_on_the_samples_key_task_which_its_emergency_indicators_measure() => AssertNoFindings(BundledSample.Report);
}
