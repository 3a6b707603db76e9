using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2007_ProjectCoverageMatchesTableTests : RuleTestBase<ProjectCoverageMatchesTableRule>
{
    private static BudgetExecutionTable Table(string projectActual = "11259991.55") => Rows.Table([],
        [
            Rows.Project("应急指挥救援业务经费", "320,000.00", "422,921.00", "369,121.00", "373,800.00", "206,786.40", "55.32%", implementingUnit: "应急指挥救援科"),
            Rows.Project("天河区森林防火经费", "755,920.00", "206,022.50", "416,010.07", "545,932.43", "538,282.43", "98.60%", implementingUnit: "区森防办"),
        ],
        Rows.ProjectTotal("8879050", "8427753.84", "5172127.11", "12134676.73", projectActual, "92.79%"));

    private static ProjectCoverageClaim Coverage(string? level2, string? funds) =>
        new(Num.Count("7", row: "一级项目个数", line: 208),
            level2 is null ? null : Num.Count(level2, row: "二级项目个数", line: 208),
            funds is null ? null : Num.Wan(funds, "自评项目涉及资金", 208),
            Num.Pct("100%", "自评项目资金占比", 208),
            Num.At("项目自评覆盖", 208));

    private static ReportBuilder With(ProjectCoverageClaim claim, string projectActual = "11259991.55") =>
        new ReportBuilder().With(r => r with { BudgetTable = Table(projectActual), Claims = [claim] });

    [Fact]
    public void Reports_when_the_project_count_differs_from_the_table_rows()
    {
        var finding = AssertSingleFinding(With(Coverage("32", null)),
            ("FirstLabel", "表3·项目行数"), ("SecondLabel", "二级项目个数"), ("Expected", "2"), ("Actual", "32"), ("Difference", "30"), ("Unit", "个"));
        Assert.Equal(new[] { "2", "32" }, finding.Values.Select(v => v.Number.Text));
        Assert.Equal(208, finding.Location.Line);
    }

    [Fact]
    public void Reports_when_the_funds_differ_from_the_project_total()
    {
        var finding = AssertSingleFinding(With(Coverage(null, "1121.99")),
            ("FirstLabel", "表3·项目支出合计·实际支出"), ("SecondLabel", "自评项目涉及资金"),
            ("Expected", "1125.999155"), ("Actual", "1121.99"), ("Difference", "4.009155"), ("Unit", "万元"));
        Assert.Equal(new[] { "11259991.55", "1121.99" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_the_coverage_matches_the_table() =>
        // "共涉及资金1126万元" is 11259991.55元 printed in whole 万元.
        AssertNoFindings(With(Coverage("2", "1126")));

    [Fact]
    public void Info_when_only_rounding_differs() => AssertRoundingOnly(With(Coverage(null, "1125.99"), projectActual: "11259950.00"));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { Claims = [Coverage("32", "1121.99")] }));

    [Fact]
    public void Silent_when_the_table_lists_no_projects() =>
        AssertNoFindings(new ReportBuilder().With(r => r with { BudgetTable = Rows.Table([]), Claims = [Coverage("32", "1121.99")] }));

    [Fact]
    public void Silent_when_the_report_states_no_coverage() => AssertNoFindings(new ReportBuilder().With(r => r with { BudgetTable = Table() }));
}
