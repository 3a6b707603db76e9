using Jixiao.Audit.Rules.Arithmetic;
using Jixiao.Domain.Statements;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Arithmetic;

public sealed class JX1013_BasicPlusProjectIsTotalTests : RuleTestBase<BasicPlusProjectIsTotalRule>
{
    private static ReportBuilder With(string actual, string basic, string project) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement
            {
                Actual = Num.Wan(actual, "决算支出"),
                Basic = Num.Wan(basic, "基本支出"),
                Project = Num.Wan(project, "项目支出"),
            },
        });

    [Fact]
    public void Reports_when_expenditure_is_not_basic_plus_project()
    {
        var finding = AssertSingleFinding(With("4051.74", "2923.96", "1121.99"),
            ("Where", "决算支出"), ("Expected", "4045.95"), ("Actual", "4051.74"), ("Difference", "5.79"), ("Unit", "万元"),
            ("Expression", "2923.96 + 1121.99"));
        Assert.Equal(new[] { "2923.96", "1121.99", "4051.74" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_expenditure_is_basic_plus_project() => AssertNoFindings(With("4045.94", "2923.95", "1121.99"));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        // Tianhe 2023: 2923.96 + 1121.99 = 4045.95, printed 4045.94.
        AssertRoundingOnly(With("4045.94", "2923.96", "1121.99"));

    [Fact]
    public void Silent_when_the_report_has_no_expenditure() => AssertNoFindings(new ReportBuilder());

    private static ReportBuilder WithSplit(string actual, string personnel, string operating, string project) =>
        new ReportBuilder().With(r => r with
        {
            Expenditure = new ExpenditureStatement
            {
                Actual = Num.Wan(actual, "决算支出"),
                Personnel = Num.Wan(personnel, "人员经费"),
                Operating = Num.Wan(operating, "公用经费"),
                Project = Num.Wan(project, "项目支出"),
            },
        });

    [Fact]
    public void Reports_when_personnel_operating_and_project_do_not_add_up() =>
        AssertSingleFinding(WithSplit("800.12", "434.89", "77.4", "286.83"), ("Expected", "799.12"), ("Expression", "434.89 + 77.4 + 286.83"));

    [Fact]
    public void Silent_when_personnel_operating_and_project_add_up() => AssertNoFindings(WithSplit("799.12", "434.89", "77.4", "286.83"));

    [Fact]
    public void Silent_when_the_split_is_not_stated() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Expenditure = new ExpenditureStatement { Actual = Num.Wan("4045.94", "决算支出") } }));
}
