using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Scoring;

public sealed class JX3015_ActualIsWordTests : RuleTestBase<ActualIsWordRule>
{
    private static ReportBuilder With(params TableIndicator[] indicators) => Report(Table(indicators: indicators));

    [Fact]
    public void Reports_the_minimal_failing_fixture() => Assert.Single(Run(With(Indicator("执法监察数量", "50", target: "≥2000家", actual: "完成"))));

    [Fact]
    public void Silent_on_the_passing_fixture() => AssertNoFindings(With(Indicator("执法监察数量", "50", target: "≥2000家", actual: "2100家")));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
