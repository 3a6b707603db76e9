using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Testing.Builders;
using static Jixiao.Audit.Tests.Rules.Plausibility.MonitoringFixtures;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5004_MonitoringBehindScheduleTests : RuleTestBase<MonitoringBehindScheduleRule>
{
    [Fact]
    public void Warns_beyond_the_yellow_gap() =>
        AssertSingleFinding(Table(6, Budget("非遗传承活动", "50.00", "17.50", "35.00%")),
            ("Where", "非遗传承活动"), ("Rate", "35.00%"), ("Progress", "50.00%"), ("Month", "6"), ("Gap", "15.00"), ("Threshold", "10"), ("Level", "黄色预警"));

    [Fact]
    public void Errs_beyond_the_red_gap()
    {
        var finding = Assert.Single(Run(Table(7, Budget("文物保护修缮", "100.00", "20.00", "20.00%"))));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("58.33%", finding.Arguments["Progress"]);
        Assert.Equal("38.33", finding.Arguments["Gap"]);
        Assert.Equal("红色预警", finding.Arguments["Level"]);
    }

    [Fact]
    public void Uses_the_figures_when_no_rate_is_printed() =>
        AssertSingleFinding(Table(6, Budget("非遗传承活动", "50.00", "17.50")), ("Rate", "35.00%"));

    [Fact]
    public void Silent_on_or_near_schedule() =>
        AssertNoFindings(Table(6, Budget("公共文化服务运行", "200.00", "120.00", "60.00%"), Budget("培训", "100.00", "40.00", "40.00%")));

    [Fact]
    public void Thresholds_are_settings()
    {
        var strict = AuditSettings.Default with { MonitoringYellowGap = 5m, MonitoringRedGap = 8m };
        var finding = Assert.Single(Run(Table(6, Budget("培训", "100.00", "40.00", "40.00%")), strict));
        Assert.Equal(Severity.Error, finding.Severity);
        AssertNoFindings(Table(6, Budget("非遗传承活动", "50.00", "17.50", "35.00%")), AuditSettings.Default with { MonitoringYellowGap = 20m, MonitoringRedGap = 30m });
    }

    [Fact]
    public void Silent_without_a_period() => AssertNoFindings(Table(null, Budget("文物保护修缮", "100.00", "20.00", "20.00%")));

    [Fact]
    public void Silent_without_a_monitoring_table() => AssertNoFindings(new ReportBuilder());
}
