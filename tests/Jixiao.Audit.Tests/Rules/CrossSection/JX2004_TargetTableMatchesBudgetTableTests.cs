using Jixiao.Audit.Rules.CrossSection;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.CrossSection;

public sealed class JX2004_TargetTableMatchesBudgetTableTests : RuleTestBase<TargetTableMatchesBudgetTableRule>
{
    private static readonly BudgetExecutionTable Table = Rows.Table(
        [new BudgetBlock("基本支出", true, [], Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "3027.78", "0", "65.49", "2962.29", "2923.96", "98.71%"))],
        [
            Rows.Project("应急指挥救援业务经费", "320,000.00", "422,921.00", "369,121.00", "373,800.00", "206,786.40", "55.32%", implementingUnit: "应急指挥救援科"),
            Rows.Project("天河区森林防火经费", "755,920.00", "206,022.50", "416,010.07", "545,932.43", "538,282.43", "98.60%", implementingUnit: "区森防办"),
        ],
        Rows.ProjectTotal("8879050", "8427753.84", "5172127.11", "12134676.73", "11259991.55", "92.79%"));

    private static KeyTask Task(string name, string funds) =>
        new(name, "突发事件和重大活动的应急指挥保障", Num.Wan(funds) with { Location = new SourceLocation("一、（三）", "绩效目标表", name, "拟投入的资金", "绩效目标表!D11", Line: 95) },
            null, new SourceLocation("一、（三）", "绩效目标表", name, Line: 95));

    private static ReportBuilder With(BudgetOverview overview, params KeyTask[] tasks) =>
        new ReportBuilder().With(r => r with
        {
            Targets = new PerformanceTargetTable { Overview = overview, KeyTasks = tasks, Location = TargetTables.Location },
            BudgetTable = Table,
        });

    [Fact]
    public void Reports_when_target_project_spending_differs_from_the_project_total_initial_budget()
    {
        // Tianhe 2023: 目标表 项目支出 888.51万元; 表3 项目支出合计 年初预算 8879050元.
        var finding = AssertSingleFinding(With(new BudgetOverview { Project = TargetTables.Amount("888.51", "项目支出", "绩效目标表!C5") }),
            ("FirstLabel", "目标表·项目支出"), ("SecondLabel", "表3·项目支出合计·年初预算"), ("FirstText", "888.51万元"), ("SecondText", "8879050元"),
            ("Expected", "8885100"), ("Actual", "8879050"), ("Difference", "6050"), ("Unit", "元"));
        Assert.Equal(new[] { "888.51", "8879050" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Reports_when_key_task_funds_differ_from_the_project_initial_budget()
    {
        var finding = AssertSingleFinding(With(new BudgetOverview(), Task("应急指挥救援业务经费", "42.00")),
            ("FirstLabel", "重点工作任务“应急指挥救援业务经费”·拟投入的资金"), ("SecondLabel", "表3·应急指挥救援业务经费·年初预算"),
            ("Expected", "420000.00"), ("Actual", "320,000.00"), ("Difference", "100000.00"));
        Assert.Equal(new[] { "42.00", "320,000.00" }, finding.Values.Select(v => v.Number.Text));
    }

    [Fact]
    public void Silent_when_the_target_table_matches_the_budget_table() =>
        AssertNoFindings(With(
            new BudgetOverview
            {
                Basic = TargetTables.Amount("3,027.78", "基本支出", "绩效目标表!C4"),
                Project = TargetTables.Amount("887.91", "项目支出", "绩效目标表!C5"),
            },
            Task("应急指挥救援业务经费", "32.00")));

    [Fact]
    public void Silent_for_a_key_task_with_no_project_of_that_name() => AssertNoFindings(With(new BudgetOverview(), Task("安全生产专项整治", "50.00")));

    [Fact]
    public void Info_when_only_rounding_differs() =>
        AssertRoundingOnly(new ReportBuilder().With(r => r with
        {
            Targets = new PerformanceTargetTable { Overview = new BudgetOverview { Basic = TargetTables.Amount("3,027.7", "基本支出", "绩效目标表!C4") } },
            BudgetTable = Rows.Table([new BudgetBlock("基本支出", true, [],
                Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "3027.75", "0", "65.49", "2962.26", "2923.96", "98.71%"))]),
        }));

    [Fact]
    public void Silent_when_the_report_has_no_target_table() => AssertNoFindings(new ReportBuilder().With(r => r with { BudgetTable = Table }));

    [Fact]
    public void Silent_when_the_report_has_no_budget_table() =>
        AssertNoFindings(new ReportBuilder().With(r => r with
        {
            Targets = new PerformanceTargetTable { Overview = new BudgetOverview { Project = TargetTables.Amount("888.51", "项目支出", "绩效目标表!C5") } },
        }));
}
