using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Testing.Builders;
using static Jixiao.Audit.Tests.Rules.Plausibility.MonitoringFixtures;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5006_MonitoringForecastAboveBudgetTests : RuleTestBase<MonitoringForecastAboveBudgetRule>
{
    [Fact]
    public void Reports_a_forecast_above_the_budget() =>
        AssertSingleFinding(Table(6, Budget("文物保护修缮", "100.00", "20.00", forecast: "110.00")),
            ("Where", "文物保护修缮"), ("Forecast", "110.00"), ("Budget", "100.00"), ("Unit", "万元"), ("Excess", "10.00"));

    [Fact]
    public void Silent_at_or_below_the_budget() =>
        AssertNoFindings(Table(6, Budget("公共文化服务运行", "200.00", "120.00", forecast: "200.00"), Budget("培训", "100.00", "40.00", forecast: "95.5")));

    [Fact]
    public void Silent_within_rounding() => AssertNoFindings(Table(6, Budget("培训", "100", "40", forecast: "100.4")));

    [Fact]
    public void Silent_without_a_forecast() => AssertNoFindings(Table(6, Budget("培训", "100.00", "40.00")));
}
