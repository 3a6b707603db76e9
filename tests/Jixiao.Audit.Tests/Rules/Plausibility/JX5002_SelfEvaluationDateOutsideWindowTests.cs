using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Domain.Claims;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5002_SelfEvaluationDateOutsideWindowTests : RuleTestBase<SelfEvaluationDateOutsideWindowRule>
{
    private static DateClaim Date(DateKind kind, string text, int year, int month, int? day = null) =>
        new(kind, text, year, month, day, Num.At(kind == DateKind.Monitoring ? "绩效运行监控日期" : "绩效自评日期", 206));

    private static ReportBuilder With(params DateClaim[] dates) => new ReportBuilder().With(r => r with { Claims = dates });

    [Fact]
    public void Reports_a_self_evaluation_dated_before_the_budget_year_ends()
    {
        var finding = AssertSingleFinding(With(Date(DateKind.SelfEvaluation, "2023年6月", 2023, 6)),
            ("Date", "2023年6月"), ("Year", "2023"), ("From", "2023年12月"), ("To", "2024年12月"));
        Assert.Equal("2023年12月至2024年12月", finding.Expected);
    }

    [Fact]
    public void Reports_a_self_evaluation_dated_more_than_a_year_later() =>
        AssertSingleFinding(With(Date(DateKind.SelfEvaluation, "2025年3月", 2025, 3)), ("Date", "2025年3月"), ("To", "2024年12月"));

    [Fact]
    public void Silent_when_the_self_evaluation_is_in_the_following_year() =>
        // Tianhe 2023: 绩效自评 in 2024年7月.
        AssertNoFindings(With(Date(DateKind.SelfEvaluation, "2024年7月", 2024, 7), Date(DateKind.SelfEvaluation, "2023年12月31日", 2023, 12, 31)));

    [Fact]
    public void Silent_for_monitoring_dates() => AssertNoFindings(With(Date(DateKind.Monitoring, "2023年6月", 2023, 6)));

    [Fact]
    public void A_custom_window_narrows_the_default()
    {
        var firstHalf = AuditSettings.Default with { SelfEvaluationFirstMonth = 13, SelfEvaluationLastMonth = 18 };
        var finding = Assert.Single(Run(With(Date(DateKind.SelfEvaluation, "2024年7月", 2024, 7)), firstHalf));
        Assert.Equal("2024年1月", finding.Arguments["From"]);
        Assert.Equal("2024年6月", finding.Arguments["To"]);
        AssertNoFindings(With(Date(DateKind.SelfEvaluation, "2024年3月", 2024, 3)), firstHalf);
    }

    [Fact]
    public void Silent_when_the_report_has_no_dates() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_budget_year_is_unknown() =>
        AssertNoFindings(With(Date(DateKind.SelfEvaluation, "2023年6月", 2023, 6)).With(r => r with { Year = null }));
}
