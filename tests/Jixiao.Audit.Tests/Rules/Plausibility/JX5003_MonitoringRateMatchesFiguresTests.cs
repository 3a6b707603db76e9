using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Testing.Builders;
using static Jixiao.Audit.Tests.Rules.Plausibility.MonitoringFixtures;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5003_MonitoringRateMatchesFiguresTests : RuleTestBase<MonitoringRateMatchesFiguresRule>
{
    [Fact]
    public void Reports_a_printed_rate_that_is_not_executed_over_budget()
    {
        var finding = AssertSingleFinding(Table(6, Budget("文物保护修缮", "100.00", "20.00", "25.00%")),
            ("Where", "文物保护修缮"), ("Expected", "20.00%"), ("Actual", "25.00%"), ("Expression", "20.00 ÷ 100.00"));
        Assert.Equal(7, finding.Location.Line);
    }

    [Fact]
    public void Rounding_only_is_info() => AssertRoundingOnly(Table(6, Budget("非遗传承活动", "30.00", "10.00", "33.34%")));

    [Fact]
    public void Silent_when_the_rate_matches() =>
        AssertNoFindings(Table(6, Budget("公共文化服务运行", "200.00", "120.00", "60.00%"), Budget("非遗传承活动", "30.00", "10.00", "33.33%")));

    [Fact]
    public void Silent_without_a_printed_rate_or_a_monitoring_table()
    {
        AssertNoFindings(Table(6, Budget("公共文化服务运行", "200.00", "120.00")));
        AssertNoFindings(new ReportBuilder());
    }
}
