using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2006_EconomicNarrativeMatchesTableTests : RuleTestBase<EconomicNarrativeMatchesTableRule>
{
    private static EconomicClassificationTable Table(string wages = "27,598,182.86") => EconomicRows.Table(
        [
            EconomicRows.Row("工资福利支出", wages, "68.21%"),
            EconomicRows.Row("商品和服务支出", "7,652,427.17", "18.91%"),
            EconomicRows.Row("对个人和家庭的补助", "828,900.00", "2.05%"),
            EconomicRows.Row("资本性支出", "4,379,907.48", "10.83%"),
        ],
        EconomicRows.Total("40,459,417.51"));

    private static ReportBuilder With(string actual = "4045.94", string goods = "765.24", string goodsShare = "18.91%", string wages = "27,598,182.86") =>
        new ReportBuilder().With(r => r with
        {
            EconomicTable = Table(wages),
            Expenditure = new ExpenditureStatement
            {
                Actual = Num.Wan(actual, "决算支出"),
                EconomicClasses =
                [
                    EconomicRows.Narrative("工资福利支出", "2759.82", "68.21%"),
                    EconomicRows.Narrative("商品和服务支出", goods, goodsShare),
                    EconomicRows.Narrative("对个人和家庭的补助支出", "82.89", "2.05%"),
                    EconomicRows.Narrative("资本性支出", "437.99", "10.83%"),
                ],
            },
        });

    [Fact]
    public void Reports_when_a_class_amount_differs_from_the_table()
    {
        var finding = AssertSingleFinding(With(goods: "756.24"),
            ("FirstLabel", "表2·商品和服务支出"), ("SecondLabel", "商品和服务支出"), ("FirstText", "7,652,427.17元"), ("SecondText", "756.24万元"),
            ("Expected", "765.242717"), ("Actual", "756.24"), ("Difference", "9.002717"), ("Unit", "万元"));
        Assert.Equal(new[] { "7,652,427.17", "756.24" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_a_class_share_differs_from_the_table() =>
        AssertSingleFinding(With(goodsShare: "19.81%"),
            ("FirstLabel", "表2·商品和服务支出·占比"), ("SecondLabel", "商品和服务支出占比"), ("Expected", "18.91%"), ("Actual", "19.81%"), ("Difference", "0.90%"));

    [Fact]
    public void Reports_when_expenditure_differs_from_the_table_total() =>
        AssertSingleFinding(With(actual: "4051.74"), ("FirstLabel", "表2·合计"), ("SecondLabel", "决算支出"), ("Actual", "4051.74"));

    [Fact]
    public void Silent_when_the_sentence_matches_the_table_whether_or_not_names_end_in_zhichu() => AssertNoFindings(With());

    [Fact]
    public void Silent_for_a_class_the_table_does_not_list() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            EconomicTable = Table(),
            Expenditure = new ExpenditureStatement { EconomicClasses = [EconomicRows.Narrative("对企业补助", "12.00", "0.30%")] },
        }));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(With(wages: "27,598,250.00"));

    [Fact]
    public void Silent_when_the_report_has_no_economic_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Expenditure = new ExpenditureStatement { Actual = Num.Wan("4045.94", "决算支出") } }));

    [Fact]
    public void Silent_when_the_report_has_no_expenditure() => AssertNoFindings(new ReportBuilder().With(r => r with { EconomicTable = Table() }));
}
