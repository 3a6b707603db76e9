using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2003_NarrativeMatchesBudgetTableTests : RuleTestBase<NarrativeMatchesBudgetTableRule>
{
    private static readonly BudgetRow BasicTotal =
        Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "3027.78", "0", "65.49", "2962.29", "2923.96", "98.71%");

    private static readonly BudgetRow ProjectTotal = Rows.ProjectTotal("8879050", "8427753.84", "5172127.11", "12134676.73", "11259991.55", "92.79%");

    private static ReportBuilder With(ExpenditureStatement expenditure, BudgetRow? projectTotal = null) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = expenditure,
            BudgetTable = Rows.Table([new BudgetBlock("基本支出", true, [], BasicTotal)], [], projectTotal ?? ProjectTotal),
        });

    [Fact]
    public void Reports_when_project_spending_differs_from_the_project_total()
    {
        // Tianhe 2023: the sentence says 项目支出1121.99万元; 表3 项目支出合计 实际支出 is 11259991.55元.
        var finding = AssertSingleFinding(
            With(new ExpenditureStatement { Basic = Num.Wan("2923.96", "基本支出"), Project = Num.Wan("1121.99", "项目支出") }),
            ("Where", "项目支出"), ("Table", "表3"), ("Expected", "1125.999155"), ("Actual", "1121.99"), ("Difference", "4.009155"), ("Unit", "万元"));
        Assert.Equal(new[] { "11259991.55", "1121.99" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_the_initial_budget_differs_from_the_table_totals()
    {
        var finding = AssertSingleFinding(With(new ExpenditureStatement { Initial = Num.Wan("3916.29", "年初预算支出") }),
            ("Where", "年初预算支出"), ("Expected", "3915.685"), ("Actual", "3916.29"), ("Difference", "0.605"));
        Assert.Equal(new[] { "3027.78", "8879050", "3916.29" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_the_actual_total_when_the_sentence_does_not_split_it() =>
        AssertSingleFinding(With(new ExpenditureStatement { Actual = Num.Wan("4051.74", "决算支出") }), ("Where", "决算支出"), ("Actual", "4051.74"));

    [Fact]
    public void Silent_when_the_sentence_matches_the_table() =>
        AssertNoFindings(With(new ExpenditureStatement
        {
            Actual = Num.Wan("4051.74", "决算支出"),
            Basic = Num.Wan("2923.96", "基本支出"),
            Project = Num.Wan("1126.00", "项目支出"),
        }));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(With(new ExpenditureStatement { Adjusted = Num.Wan("4171.75", "调整预算支出") },
            Rows.ProjectTotal("887.91", "842.78", "517.21", "1209.5", "1126.00", "93.10%", MoneyUnits.TenThousandYuan)));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Expenditure = new ExpenditureStatement { Project = Num.Wan("1121.99", "项目支出") } }));

    [Fact]
    public void Silent_when_the_report_has_no_expenditure() => AssertNoFindings(new ReportBuilder());

    [Fact]
    public void Silent_when_the_table_has_no_project_total() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement { Initial = Num.Wan("3916.29", "年初预算支出"), Project = Num.Wan("1121.99", "项目支出") },
            BudgetTable = Rows.Table([new BudgetBlock("基本支出", true, [], BasicTotal)]),
        }));
}
