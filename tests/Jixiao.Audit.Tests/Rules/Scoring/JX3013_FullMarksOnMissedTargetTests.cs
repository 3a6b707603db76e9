using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Scoring;

public sealed class JX3013_FullMarksOnMissedTargetTests : RuleTestBase<FullMarksOnMissedTargetRule>
{
    private static ReportBuilder With(params TableIndicator[] indicators) => Report(Table(indicators: indicators));

    [Fact]
    public void Reports_the_minimal_failing_fixture() => Assert.Single(Run(With(Indicator("培训人次", "50", "50", target: "≥100人次", actual: "80人次"))));

    [Fact]
    public void Silent_on_the_passing_fixture() => AssertNoFindings(With(Indicator("培训人次", "50", "40", target: "≥100人次", actual: "80人次")));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
