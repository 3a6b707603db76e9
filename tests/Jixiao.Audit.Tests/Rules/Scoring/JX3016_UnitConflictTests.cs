using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Scoring;

public sealed class JX3016_UnitConflictTests : RuleTestBase<UnitConflictRule>
{
    private static ReportBuilder With(params TableIndicator[] indicators) => Report(Table(indicators: indicators));

    [Fact]
    public void Reports_the_minimal_failing_fixture() => Assert.Single(Run(With(Indicator("成本控制数", "30", target: "28.8万元", actual: "28万元") with { MeasureUnit = "%" })));

    [Fact]
    public void Silent_on_the_passing_fixture() => AssertNoFindings(With(Indicator("成本控制数", "30", target: "28.8万元", actual: "28万元") with { MeasureUnit = "万元" }));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
