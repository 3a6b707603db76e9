using Jixiao.Documents.Loading;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>
/// The published 部门预算项目支出绩效自评表 of 青神县发展和改革局 (2023, 工资性支出), read in place from ../shared/corpus:
/// every figure of the independent human reading corpus/22_facts.json. The page prints the form one cell per line.
/// </summary>
public sealed class QingshenProjectTableTests
{
    private static readonly Lazy<Report> Qingshen = new(() =>
    {
        var (report, failure) = new ReportLoader().Load(SharedFiles.Require("corpus/22_qingshen-fgj-2023-xiangmu-table.txt"));
        Assert.Null(failure);
        return report!;
    });

    /// <summary>The text reader prints brackets and colons full-width; the human reading kept the page's half-width ones.</summary>
    private static string HalfWidth(string text) => text.Replace('（', '(').Replace('）', ')').Replace('：', ':');

    [Fact]
    public void Genre_department_year_and_project()
    {
        var report = Qingshen.Value;
        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, report.Genre);
        Assert.Equal("青神县发展和改革局", report.Department);
        Assert.Equal(2023, report.Year);
        var table = Assert.IsType<SelfEvaluationTable>(report.Table);
        Assert.Equal("51000021R000000019951-工资性支出", table.ProjectName);
        Assert.Equal("青神县发展和改革局本级", table.SupervisingDepartment);
        Assert.Equal("青神县发展和改革局", table.ImplementingUnit);
        Assert.Equal("万元", table.MoneyUnit);
    }

    [Fact]
    public void Funding_rows_match_the_human_reading()
    {
        var table = Qingshen.Value.Table!;
        Assert.Equal(
            [("总额", FundingSource.Total), ("其中:财政资金", FundingSource.FiscalAppropriation), ("财政专户管理资金", FundingSource.SpecialAccount),
             ("单位资金", FundingSource.UnitFunds), ("其他资金", FundingSource.Other)],
            table.Funding.Select(f => (HalfWidth(f.Label), f.Source)));
        Assert.Equal(
            [("238.93", "251.89", "251.89", "100.00%"), ("238.93", "251.89", "251.89", "100.00%"), ("0.00", "0.00", "0.00", "0.00%"),
             ("0.00", "0.00", "0.00", "0.00%"), (null, null, null, null)],
            table.Funding.Select(f => (f.Initial?.Text, f.Adjusted?.Text, f.Actual?.Text, f.ExecutionRate?.Text)));
        var total = table.Total!;
        Assert.Equal((2_389_300m, 2_518_900m, 2_518_900m, 100.00m), (total.Initial!.Value, total.Adjusted!.Value, total.Actual!.Value, total.ExecutionRate!.Value));
        Assert.Equal("10", total.Weight?.Text);
        Assert.Null(total.Score);
        Assert.Equal("10", table.BudgetExecutionWeight?.Text);
        Assert.Equal("90", table.IndicatorBlockWeight?.Text);
    }

    [Fact]
    public void Indicators_and_weights_match_the_human_reading()
    {
        var table = Qingshen.Value.Table!;
        Assert.Equal(
            [("产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", null, "60", null),
             ("效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", null, "30", null)],
            table.Indicators.Select(i => (i.Indicator.Level1Label, i.Indicator.Level2Label, HalfWidth(i.Indicator.Name), i.Nature, i.TargetValue, i.MeasureUnit,
                i.Indicator.Actual, i.Indicator.MaxScore?.Text, i.Indicator.Score?.Text)));
        Assert.All(table.Indicators, i => Assert.Equal((TargetOperator.EqualTo, 100m, "%"), (i.Indicator.Target.Operator, i.Indicator.Target.Number, i.Indicator.Target.Unit)));
        Assert.Equal("100", table.TotalWeight?.Text);
        Assert.Null(table.TotalScore);
    }

    [Fact]
    public void Facts_name_the_project_and_hold_its_funds()
    {
        var facts = KeyFigures.Of(Qingshen.Value);
        Assert.Equal((ReportGenre.ProjectSelfEvaluationTable, "青神县发展和改革局", 2023, "51000021R000000019951-工资性支出"),
            (facts.Genre, facts.Department, facts.Year, facts.Project));
        Assert.Equal(new ExpenditureFigures(238.93m, 251.89m, 251.89m, 100.00m), facts.Expenditure);
        Assert.Equal(
            [new IndicatorFigures("产出指标", "数量指标", "发放(缴纳)覆盖率", "=100%", null, 60m, null),
             new IndicatorFigures("效益指标", "社会效益指标", "足额保障率(参保率)", "=100%", null, 30m, null)],
            facts.Indicators.Select(i => i with { Name = HalfWidth(i.Name) }));
        Assert.Equal((null, 100m), (facts.Score.Stated, facts.Score.Max));
        Assert.Equal([new ScoreItemFigures("预算执行情况", null, 10m), new ScoreItemFigures("绩效指标", null, 90m)], facts.Score.Items);
    }
}
