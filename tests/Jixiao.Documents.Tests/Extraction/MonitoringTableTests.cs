using System.Text;
using Jixiao.Documents.Json;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>
/// The monitoring genre (绩效运行监控表) from synthetic forms: a piped table with a budget block (1-6月执行数) and an
/// indicator block, and a tab-separated table whose month comes from the title (截至7月, 累计执行数).
/// </summary>
public sealed class MonitoringTableTests
{
    private const string Piped = """
        # 示范区文化局2024年绩效运行监控表（截至6月）

        金额单位：万元

        | 项目名称 | 年度预算数 | 1-6月执行数 | 执行率 | 全年预计执行数 | 偏差原因 | 原因说明 |
        |---|---|---|---|---|---|---|
        | 公共文化服务运行 | 200.00 | 120.00 | 60.00% | 200.00 | / | / |
        | 文物保护修缮 | 100.00 | 20.00 | 20.00% | 110.00 | 经费保障 | 工程款未到结算节点 |
        | 非遗传承活动 | 50.00 | 17.50 | 35.00% | 50.00 | 其他 | 活动集中在下半年 |
        | 合计 | 350.00 | 157.50 | 45.00% | 360.00 | / | / |

        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-6月实际完成值 | 全年预计完成值 | 偏差原因 | 完成目标可能性 |
        |---|---|---|---|---|---|---|---|
        | 产出指标 | 数量指标 | 文化活动场次 | ≥40场 | 22场 | 42场 | / | 确定能 |
        |  | 质量指标 | 文物修缮验收合格率 | =100% | 0% | 90% | 硬件条件保障：施工受雨季影响 | 有可能 |
        | 效益指标 | 社会效益指标 | 受益群众人次 | ≥5万人次 | 2.6万人次 | 5.2万人次 | / | 确定能 |
        | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 93% | / | 完全不可能 |
        """;

    private const string Tabbed = """
        示范县教育局2023年度项目绩效运行监控表（截至7月）
        项目名称	全年预算数	累计执行数	执行率	全年预计执行数	偏差原因
        校舍维修	80.00	40.00	50.00%	80.00	
        三级指标	年度指标值	1-7月实际完成值	全年预计完成值	完成目标可能性
        维修校舍面积	≥2000平方米	900平方米	2000平方米	确定能
        """;

    private static Report Read(string name, string text)
    {
        var (report, failure) = new ReportLoader().Load(name, Encoding.UTF8.GetBytes(text));
        Assert.Null(failure);
        return report!;
    }

    [Fact]
    public void Genre_period_and_department()
    {
        var report = Read("monitoring.txt", Piped);
        Assert.Equal(ReportGenre.MonitoringTable, report.Genre);
        Assert.Equal(2024, report.Year);
        Assert.Equal("示范区文化局", report.Department);
        var monitoring = Assert.IsType<MonitoringTable>(report.Monitoring);
        var period = Assert.IsType<MonitoringPeriod>(monitoring.Period);
        Assert.Equal((2024, 6), (period.Year, period.Month));
        Assert.Equal(50m, period.TimeProgress);
        Assert.Equal("50.00%", period.TimeProgressText);
        Assert.Equal("万元", monitoring.MoneyUnit);
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code is ReadingCodes.UnknownGenre or ReadingCodes.PartMissing or ReadingCodes.NotANumber);
    }

    [Fact]
    public void Budget_rows_with_cells()
    {
        var budgets = Read("monitoring.txt", Piped).Monitoring!.Budgets;
        Assert.Equal(["公共文化服务运行", "文物保护修缮", "非遗传承活动", "合计"], budgets.Select(b => b.Name));
        var repair = budgets[1];
        Assert.Equal(("100.00", 1_000_000m), (repair.AnnualBudget!.Text, repair.AnnualBudget.Value));
        Assert.Equal(("20.00", 200_000m), (repair.Executed!.Text, repair.Executed.Value));
        Assert.Equal(("20.00%", 20.00m), (repair.ExecutionRate!.Text, repair.ExecutionRate.Value));
        Assert.Equal("110.00", repair.ForecastExecuted!.Text);
        Assert.Equal(DeviationCause.Funding, repair.Cause);
        Assert.Equal("工程款未到结算节点", repair.Explanation);
        Assert.Equal("监控表", repair.Executed.Location.Table);
        Assert.Equal("文物保护修缮", repair.Executed.Location.Row);
        Assert.Equal("1-6月执行数", repair.Executed.Location.Column);
        Assert.Equal("监控表!C3", repair.Executed.Location.Cell);
        Assert.Equal(8, repair.Executed.Location.Line);
        Assert.Null(budgets[0].Cause);
        Assert.True(budgets[3].IsTotal);
    }

    [Fact]
    public void Indicator_rows_with_targets_forecasts_and_judgements()
    {
        var indicators = Read("monitoring.txt", Piped).Monitoring!.Indicators;
        Assert.Equal(["文化活动场次", "文物修缮验收合格率", "受益群众人次", "群众满意度"], indicators.Select(i => i.Name));
        var rate = indicators[1];
        Assert.Equal(("产出指标", "质量指标"), (rate.Level1, rate.Level2));
        Assert.Equal((TargetKind.Quantitative, TargetOperator.EqualTo, 100m), (rate.Target.Kind, rate.Target.Operator, rate.Target.Number));
        Assert.Equal(("0%", 0m), (rate.ToDateText, rate.ToDate!.Value));
        Assert.Equal(("90%", 90m), (rate.ForecastText, rate.Forecast!.Value));
        Assert.Equal("全年预计完成值", rate.Forecast.Location.Column);
        Assert.Equal(15, rate.Forecast.Location.Line);
        Assert.Equal(DeviationCause.Hardware, rate.Cause);
        Assert.Equal("施工受雨季影响", rate.Explanation);
        Assert.Equal(CompletionLikelihood.Possible, rate.Likelihood);
        var people = indicators[2];
        Assert.Equal((52_000m, "人次"), (people.Forecast!.Value, people.Forecast.Unit));
        Assert.Equal(50_000m, people.Target.Number);
        Assert.Equal(CompletionLikelihood.Certain, indicators[0].Likelihood);
        Assert.Equal(CompletionLikelihood.Impossible, indicators[3].Likelihood);
    }

    [Fact]
    public void Month_from_the_title_and_other_header_words()
    {
        var report = Read("monitoring-tabs.txt", Tabbed);
        Assert.Equal(ReportGenre.MonitoringTable, report.Genre);
        var monitoring = report.Monitoring!;
        Assert.Equal(7, monitoring.Period!.Month);
        Assert.Equal("58.33%", monitoring.Period.TimeProgressText);
        var row = Assert.Single(monitoring.Budgets);
        Assert.Equal(("校舍维修", "80.00", "40.00"), (row.Name, row.AnnualBudget!.Text, row.Executed!.Text));
        Assert.Equal("累计执行数", row.Executed.Location.Column);
        var indicator = Assert.Single(monitoring.Indicators);
        Assert.Equal(("维修校舍面积", "900平方米", 2000m), (indicator.Name, indicator.ToDateText, indicator.Forecast!.Value));
    }

    [Fact]
    public void Missing_parts_are_reported_as_JX8004()
    {
        const string BudgetOnly = """
            示范区2024年绩效运行监控表
            项目名称	年度预算数	执行数	执行率
            培训	10.00	4.00	40.00%
            """;
        var report = Read("budget-only.txt", BudgetOnly);
        Assert.Null(report.Monitoring!.Period);
        var missing = report.ReadingProblems.Where(p => p.Code == ReadingCodes.PartMissing).Select(p => p.Message).ToArray();
        Assert.Contains(missing, m => m.Contains("监控期间", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("没有读到绩效指标", StringComparison.Ordinal));

        var empty = Read("empty-monitoring.txt", "# 示范区2024年绩效运行监控表\n\n本表暂无数据。\n");
        Assert.Null(empty.Monitoring);
        Assert.Contains(empty.ReadingProblems, p => p.Code == ReadingCodes.PartMissing && p.Message.Contains("没有找到绩效运行监控表的表格", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_json_round_trips()
    {
        var report = Read("monitoring.txt", Piped);
        var json = ModelJson.Serialize(report);
        Assert.Contains("\"monitoring\"", json, StringComparison.Ordinal);
        var again = Read("monitoring.json", json);
        Assert.Equal("monitoring.json", again.File);
        Assert.Equal(json, ModelJson.Serialize(again with { File = report.File }));
        Assert.Equal(CompletionLikelihood.Impossible, again.Monitoring!.Indicators[3].Likelihood);
    }
}
