using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Projects;
using Jixiao.Testing.Builders;
using static Jixiao.Testing.Builders.SelfEvaluationTables;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1014_FundingSourcesAddUpTests : RuleTestBase<FundingSourcesAddUpRule>
{
    private static ReportBuilder With(FundingRow total, params FundingRow[] sources) => Report(Table([total, .. sources]));

    [Fact]
    public void Reports_when_the_total_is_not_the_sum_of_its_sources()
    {
        var finding = AssertSingleFinding(
            With(Funding("年度资金总额", FundingSource.Total, "120.00", "150.00", "140.00"),
                Funding("当年财政拨款", FundingSource.FiscalAppropriation, "100.00", "130.00", "120.00"),
                Funding("上年结转资金", FundingSource.CarriedForward, "20.00", "25.00", "20.00"),
                Funding("其他资金", FundingSource.Other, "0.00", "0.00", "0.00")),
            ("Table", "自评表"), ("Row", "年度资金总额"), ("Column", "全年预算数"), ("Expected", "155.00"), ("Actual", "150.00"),
            ("Difference", "5.00"), ("Expression", "130.00 + 25.00 + 0.00"));
        Assert.Equal(new[] { "130.00", "25.00", "0.00", "150.00" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal("全年预算数", finding.Location.Column);
    }

    [Fact]
    public void Silent_when_every_column_adds_up()
        // Sichuan layout: 总额 = 财政资金 + 财政专户管理资金 + 单位资金 (+ blank 其他资金).
        => AssertNoFindings(With(Funding("总额", FundingSource.Total, "238.93", "251.89", "251.89", "100.00%", "10"),
            Funding("其中:财政资金", FundingSource.FiscalAppropriation, "238.93", "251.89", "251.89", "100.00%"),
            Funding("财政专户管理资金", FundingSource.SpecialAccount, "0.00", "0.00", "0.00", "0.00%"),
            Funding("单位资金", FundingSource.UnitFunds, "0.00", "0.00", "0.00", "0.00%"),
            Funding("其他资金", FundingSource.Other, null, null, null)));

    [Fact]
    public void Gives_only_a_rounding_note_when_the_difference_is_within_printed_precision()
    {
        // 10.5 (±0.05) + 20.4 (±0.05) = 30.9, interval 30.8–31.0; the total 30.95 (±0.005) lies inside.
        var finding = AssertRoundingOnly(With(Funding("年度资金总额", FundingSource.Total, null, "30.95", null),
            Funding("当年财政拨款", FundingSource.FiscalAppropriation, null, "10.5", null),
            Funding("其他资金", FundingSource.Other, null, "20.4", null)));
        Assert.Equal("全年预算数", finding.Location.Column);
    }

    [Fact]
    public void Silent_when_no_source_row_has_figures() =>
        AssertNoFindings(With(Funding("年度资金总额", FundingSource.Total, "120.00", "150.00", "140.00"),
            Funding("其他资金", FundingSource.Other, null, null, null)));

    [Fact]
    public void Silent_without_a_self_evaluation_table() => AssertNoFindings(new ReportBuilder());
}
