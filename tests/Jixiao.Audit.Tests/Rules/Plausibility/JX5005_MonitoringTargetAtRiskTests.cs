using Jixiao.Audit.Rules.Plausibility;
using Jixiao.Domain.Monitoring;
using Jixiao.Testing.Builders;
using static Jixiao.Audit.Tests.Rules.Plausibility.MonitoringFixtures;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

public sealed class JX5005_MonitoringTargetAtRiskTests : RuleTestBase<MonitoringTargetAtRiskRule>
{
    [Fact]
    public void Reports_an_indicator_judged_impossible() =>
        AssertSingleFinding(WithIndicators(Indicator("文物修缮项目数", "≥5个", "5个", CompletionLikelihood.Impossible, DeviationCause.Funding, "资金未到位")),
            ("Indicator", "文物修缮项目数"), ("Target", "≥5个"), ("Reason", "完成目标可能性为“完全不可能”"));

    [Fact]
    public void Reports_a_forecast_that_misses_the_target() =>
        AssertSingleFinding(WithIndicators(Indicator("验收合格率", "=100%", "90%", CompletionLikelihood.Possible, DeviationCause.Hardware)),
            ("Reason", "全年预计完成值 90% 达不到年度指标值"));

    [Fact]
    public void Reports_possible_without_a_reason() =>
        AssertSingleFinding(WithIndicators(Indicator("活动场次", "≥40场", "40场", CompletionLikelihood.Possible)),
            ("Reason", "完成目标可能性为“有可能”，但未写偏差原因"));

    [Fact]
    public void Silent_when_on_track_or_explained() =>
        AssertNoFindings(WithIndicators(
            Indicator("活动场次", "≥40场", "42场", CompletionLikelihood.Certain),
            Indicator("群众满意度", "≥90%", "93%", CompletionLikelihood.Possible, DeviationCause.Other, "问卷在四季度开展"),
            Indicator("单位成本", "≤50元", "48元", null)));

    [Fact]
    public void Silent_when_units_differ() =>
        AssertNoFindings(WithIndicators(Indicator("受益人数", "≥5万人次", "3家", CompletionLikelihood.Certain)));

    [Fact]
    public void Silent_without_a_monitoring_table() => AssertNoFindings(new ReportBuilder());
}
