using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Scoring;

public sealed class JX3011_GradeMatchesTotalTests : RuleTestBase<GradeMatchesTotalRule>
{
    private static ReportBuilder With(params TableIndicator[] indicators) => Report(Table(indicators: indicators));

    [Fact]
    public void Reports_the_minimal_failing_fixture() => Assert.Single(Run(Report(Table(totalWeight: "100", totalScore: "85") with { Grade = "优" })));

    [Fact]
    public void Silent_on_the_passing_fixture() => AssertNoFindings(Report(Table(totalWeight: "100", totalScore: "85") with { Grade = "良" }));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
