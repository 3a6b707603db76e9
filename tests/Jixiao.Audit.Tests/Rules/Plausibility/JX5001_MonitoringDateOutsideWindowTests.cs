using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Domain.Claims;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5001_MonitoringDateOutsideWindowTests : RuleTestBase<MonitoringDateOutsideWindowRule>
{
    private static DateClaim Date(DateKind kind, string text, int year, int month, int? day = null) =>
        new(kind, text, year, month, day, Num.At(kind == DateKind.Monitoring ? "绩效运行监控日期" : "绩效自评日期", 206));

    private static ReportBuilder With(params DateClaim[] dates) => new ReportBuilder().With(r => r with { Claims = dates });

    [Fact]
    public void Reports_monitoring_dated_after_the_budget_year()
    {
        // Tianhe 2023: "于2024年7月30日前开展了…绩效运行监控" for the 2023 budget.
        var finding = AssertSingleFinding(With(Date(DateKind.Monitoring, "2024年7月30日", 2024, 7, 30)),
            ("Date", "2024年7月30日"), ("Year", "2023"), ("From", "2023年1月"), ("To", "2023年12月"));
        Assert.Equal("2024年7月30日", finding.Actual);
        Assert.Equal(206, finding.Location.Line);
    }

    [Fact]
    public void Reports_monitoring_dated_before_the_budget_year() =>
        AssertSingleFinding(With(Date(DateKind.Monitoring, "2022年12月", 2022, 12)), ("Date", "2022年12月"));

    [Fact]
    public void Silent_when_monitoring_is_within_the_budget_year() =>
        AssertNoFindings(With(Date(DateKind.Monitoring, "2023年1月", 2023, 1), Date(DateKind.Monitoring, "2023年7月31日", 2023, 7, 31), Date(DateKind.Monitoring, "2023年12月", 2023, 12)));

    [Fact]
    public void Silent_for_self_evaluation_dates() => AssertNoFindings(With(Date(DateKind.SelfEvaluation, "2024年7月", 2024, 7)));

    [Fact]
    public void A_custom_window_narrows_the_default()
    {
        var midYear = AuditSettings.Default with { MonitoringFirstMonth = 1, MonitoringLastMonth = 6 };
        var finding = Assert.Single(Run(With(Date(DateKind.Monitoring, "2023年7月31日", 2023, 7, 31)), midYear));
        Assert.Equal("2023年6月", finding.Arguments["To"]);
        AssertNoFindings(With(Date(DateKind.Monitoring, "2023年6月30日", 2023, 6, 30)), midYear);
    }

    [Fact]
    public void A_custom_window_may_reach_into_the_next_year() =>
        AssertNoFindings(With(Date(DateKind.Monitoring, "2024年7月30日", 2024, 7, 30)), AuditSettings.Default with { MonitoringLastMonth = 19 });

    [Fact]
    public void Silent_when_the_report_has_no_dates() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_budget_year_is_unknown() =>
        AssertNoFindings(With(Date(DateKind.Monitoring, "2024年7月30日", 2024, 7, 30)).With(r => r with { Year = null }));
}
