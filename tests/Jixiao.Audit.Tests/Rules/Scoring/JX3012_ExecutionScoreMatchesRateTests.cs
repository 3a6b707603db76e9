using Jixiao.Audit.Rules.Scoring;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Scoring;

public sealed class JX3012_ExecutionScoreMatchesRateTests : RuleTestBase<ExecutionScoreMatchesRateRule>
{
    private static ReportBuilder With(params TableIndicator[] indicators) => Report(Table(indicators: indicators));

    [Fact]
    public void Reports_the_minimal_failing_fixture() => Assert.Single(Run(Report(Table([Funding("年度资金总额", FundingSource.Total, "100.00", "100.00", "80.45", "100.00%", "10", "10")]))));

    [Fact]
    public void Names_both_rates_and_both_scores() =>
        AssertSingleFinding(Report(Table([Funding("年度资金总额", FundingSource.Total, "100.00", "100.00", "80.45", "100.00%", "10", "10")])),
            ("PrintedRate", "100.00%"), ("Rate", "80.45%"), ("Stated", "10"), ("Expected", "8.05"));

    [Fact]
    public void Silent_on_the_passing_fixture() => AssertNoFindings(Report(Table([Funding("年度资金总额", FundingSource.Total, "100.00", "100.00", "80.45", "80.45%", "10", "8.05")])));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
