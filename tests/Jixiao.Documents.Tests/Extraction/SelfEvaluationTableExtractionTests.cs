using System.Text;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>
/// The self-evaluation table genres from synthetic tab-separated forms in the two common layouts: Sichuan's
/// 部门预算项目支出绩效自评表 (预算执行情况(10分) / 绩效指标(90分), 指标性质 / 指标值 / 度量单位 columns) and the MoF
/// 项目支出绩效自评表 (项目资金 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), plus the narrative project report.
/// </summary>
public sealed class SelfEvaluationTableExtractionTests
{
    /// <summary>Sichuan layout; merged cells are empty cells, as a spreadsheet export writes them.</summary>
    private const string Sichuan = """
        部门预算项目支出绩效自评表(2024年度)
        项目名称	51000024T000000000001-示范设备购置
        主管部门	示范县文化局本级	实施单位（盖章）	示范县文化馆
        项目基本情况	1.项目年度目标完成情况	项目年度目标	年度目标完成情况
        		完成设备购置并投入使用。	已完成购置，设备全部投用。
        预算执行情况(10分)	年度预算数(万元)	年初预算	调整后预算数	预算执行数	预算执行率	权重	得分	原因
        	总额	50.00	60.00	57.00	95.00%	10	9.5	年中追加设备款
        	其中:财政资金	50.00	55.00	52.00	94.55%	/	/	
        	财政专户管理资金	0.00	0.00	0.00	0.00%	/	/	
        	单位资金	0.00	5.00	5.00	100.00%	/	/	
        	其他资金					/	/	
        绩效指标(90分)	一级指标	二级指标	三级指标	指标性质	指标值	度量单位	完成值	权重	得分	未完成原因分析
        	产出指标	数量指标	购置设备台数	≥	10	台	12	30	30	
        		质量指标	验收合格率	=	100	%	100	30	30	
        	效益指标	社会效益指标	服务人次	≥	5000	人次	4800	20	19.2	部分设备12月投用
        	满意度指标	服务对象满意度指标	使用人员满意度	≥	90	%	95	10	10	
        合计								100	98.7	
        评价结论	项目按计划实施，总分98.7分。
        存在问题	个别设备投用较晚。
        改进措施	加快采购进度。
        """;

    /// <summary>MoF layout (财预〔2020〕10号 附件): 分值 before 执行率, 年度指标值 with operator and unit in one cell, 总分 row.</summary>
    private const string Ministry = """
        项目支出绩效自评表（2023年度）
        项目名称	乡村道路养护
        主管部门	示范区交通运输局	实施单位	示范区公路事务中心
        项目资金（万元）		年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	年度资金总额	200	240	216	10	90.00%	9
        	其中：当年财政拨款	180	200	180	—	90.00%	—
        	上年结转资金	20	40	36	—	90.00%	—
        	其他资金	0	0	0	—	—	—
        年度总体目标	预期目标			实际完成情况
        	完成道路养护120公里。			完成养护118公里。
        绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
        	产出指标	数量指标	养护里程	≥120公里	118公里	30	29.5	两段道路因施工顺延
        		时效指标	养护完成时间	2023年12月31日前	2023年12月20日	20	20	
        	效益指标	社会效益指标	道路通行条件	有效改善	明显改善	30	30	
        	满意度指标	服务对象满意度指标	群众满意度	≥90%	96%	10	10	
        总分						100	98.5	
        """;

    private static Report Read(string name, string text)
    {
        var (report, failure) = new ReportLoader().Load(name, Encoding.UTF8.GetBytes(text));
        Assert.Null(failure);
        return report!;
    }

    [Fact]
    public void Sichuan_form_header_and_genre()
    {
        var report = Read("sichuan.txt", Sichuan);
        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, report.Genre);
        Assert.Equal(2024, report.Year);
        Assert.Equal("示范县文化馆", report.Department);
        var table = Assert.IsType<SelfEvaluationTable>(report.Table);
        Assert.Equal("51000024T000000000001-示范设备购置", table.ProjectName);
        Assert.Equal("示范县文化局本级", table.SupervisingDepartment);
        Assert.Equal("示范县文化馆", table.ImplementingUnit);
        Assert.Equal("完成设备购置并投入使用。", table.ExpectedGoal);
        Assert.Equal("已完成购置，设备全部投用。", table.GoalOutcome);
        Assert.Equal("项目按计划实施，总分98.7分。", table.Conclusion);
        Assert.Equal(["个别设备投用较晚。"], report.Problems);
        Assert.Equal(["加快采购进度。"], report.Measures);
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code is ReadingCodes.UnknownGenre or ReadingCodes.PartMissing or ReadingCodes.NotANumber);
    }

    [Fact]
    public void Sichuan_form_funding_rows()
    {
        var table = Read("sichuan.txt", Sichuan).Table!;
        Assert.Equal(
            [FundingSource.Total, FundingSource.FiscalAppropriation, FundingSource.SpecialAccount, FundingSource.UnitFunds, FundingSource.Other],
            table.Funding.Select(f => f.Source));
        var total = table.Total!;
        Assert.Equal(("50.00", 500_000m), (total.Initial!.Text, total.Initial.Value));
        Assert.Equal("60.00", total.Adjusted!.Text);
        Assert.Equal("57.00", total.Actual!.Text);
        Assert.Equal(("95.00%", 95.00m), (total.ExecutionRate!.Text, total.ExecutionRate.Value));
        Assert.Equal("10", total.Weight!.Text);
        Assert.Equal("9.5", total.Score!.Text);
        Assert.Equal("年中追加设备款", total.Reason);
        Assert.Equal("自评表", total.Adjusted.Location.Table);
        Assert.Equal("全年预算数", total.Adjusted.Location.Column);
        Assert.Equal(7, total.Adjusted.Location.Line);
        var fiscal = table.Funding[1];
        Assert.Equal(("其中：财政资金", "94.55%"), (fiscal.Label, fiscal.ExecutionRate!.Text));
        Assert.Null(fiscal.Weight);
        var other = table.Funding[4];
        Assert.Null(other.Initial);
        Assert.Null(other.ExecutionRate);
        Assert.Equal("10", table.BudgetExecutionWeight!.Text);
        Assert.Equal("90", table.IndicatorBlockWeight!.Text);
    }

    [Fact]
    public void Sichuan_form_indicators_and_totals()
    {
        var table = Read("sichuan.txt", Sichuan).Table!;
        Assert.Equal(4, table.Indicators.Count);
        var first = table.Indicators[0];
        Assert.Equal(("≥", "10", "台"), (first.Nature, first.TargetValue, first.MeasureUnit));
        Assert.Equal(IndicatorCategory.Output, first.Indicator.Category);
        Assert.Equal(IndicatorSubcategory.Quantity, first.Indicator.Subcategory);
        Assert.Equal("购置设备台数", first.Indicator.Name);
        Assert.Equal("≥10台", first.Indicator.AnnualTarget);
        Assert.Equal((TargetOperator.AtLeast, 10m, "台"), (first.Indicator.Target.Operator, first.Indicator.Target.Number, first.Indicator.Target.Unit));
        Assert.Equal("12", first.Indicator.Actual);
        Assert.Equal(("30", "30"), (first.Indicator.MaxScore!.Text, first.Indicator.Score!.Text));
        var second = table.Indicators[1];
        Assert.Equal(("产出指标", "质量指标", "验收合格率", "=100%"), (second.Indicator.Level1Label, second.Indicator.Level2Label, second.Indicator.Name, second.Indicator.AnnualTarget));
        Assert.Equal(TargetOperator.EqualTo, second.Indicator.Target.Operator);
        var third = table.Indicators[2];
        Assert.Equal((IndicatorCategory.Benefit, IndicatorSubcategory.Social), (third.Indicator.Category, third.Indicator.Subcategory));
        Assert.Equal("部分设备12月投用", third.DeviationReason);
        Assert.Equal("19.2", third.Indicator.Score!.Text);
        Assert.Equal(IndicatorCategory.Satisfaction, table.Indicators[3].Indicator.Category);
        Assert.Equal("100", table.TotalWeight!.Text);
        Assert.Equal("98.7", table.TotalScore!.Text);
        Assert.Equal("得分", table.TotalScore.Location.Column);
    }

    [Fact]
    public void Ministry_form_is_read_by_its_column_names()
    {
        var report = Read("mof.txt", Ministry);
        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, report.Genre);
        Assert.Equal(2023, report.Year);
        Assert.Equal("示范区公路事务中心", report.Department);
        var table = report.Table!;
        Assert.Equal("乡村道路养护", table.ProjectName);
        Assert.Equal("完成道路养护120公里。", table.ExpectedGoal);
        Assert.Equal("完成养护118公里。", table.GoalOutcome);
        Assert.Equal([FundingSource.Total, FundingSource.FiscalAppropriation, FundingSource.CarriedForward, FundingSource.Other], table.Funding.Select(f => f.Source));
        var total = table.Total!;
        Assert.Equal(("200", "240", "216", "10", "90.00%", "9"),
            (total.Initial!.Text, total.Adjusted!.Text, total.Actual!.Text, total.Weight!.Text, total.ExecutionRate!.Text, total.Score!.Text));
        Assert.Equal(2_400_000m, total.Adjusted.Value);
        Assert.Null(table.Funding[1].Weight);
        Assert.Null(table.Funding[3].ExecutionRate);
        Assert.Null(table.IndicatorBlockWeight);
        Assert.Equal(4, table.Indicators.Count);
        var first = table.Indicators[0].Indicator;
        Assert.Equal(("养护里程", "≥120公里", "118公里", "30", "29.5"), (first.Name, first.AnnualTarget, first.Actual, first.MaxScore!.Text, first.Score!.Text));
        Assert.Equal("两段道路因施工顺延", table.Indicators[0].DeviationReason);
        Assert.Equal(("时效指标", "2023年12月31日前"), (table.Indicators[1].Indicator.Level2Label, table.Indicators[1].Indicator.AnnualTarget));
        Assert.Equal(TargetKind.Trend, table.Indicators[2].Indicator.Target.Kind);
        Assert.Equal(("100", "98.5"), (table.TotalWeight!.Text, table.TotalScore!.Text));
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code is ReadingCodes.UnknownGenre or ReadingCodes.PartMissing or ReadingCodes.NotANumber);
    }

    [Fact]
    public void Facts_of_a_project_table_name_the_project_and_hold_its_funds()
    {
        var facts = KeyFigures.Of(Read("sichuan.txt", Sichuan));
        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, facts.Genre);
        Assert.Equal(("示范县文化馆", 2024, "51000024T000000000001-示范设备购置"), (facts.Department, facts.Year, facts.Project));
        Assert.Equal(new ExpenditureFigures(50.00m, 60.00m, 57.00m, 95.00m), facts.Expenditure);
        Assert.Equal(4, facts.Indicators.Count);
        Assert.Equal(new IndicatorFigures("效益指标", "社会效益指标", "服务人次", "≥5000人次", "4800", 20m, 19.2m), facts.Indicators[2]);
        Assert.Equal((98.7m, 100m), (facts.Score.Stated, facts.Score.Max));
        Assert.Equal(new ScoreItemFigures("预算执行情况", 9.5m, 10m), facts.Score.Items[0]);
        Assert.Equal(new ScoreItemFigures("绩效指标", null, 90m), facts.Score.Items[1]);
    }

    [Fact]
    public void A_form_without_indicators_reports_the_missing_part()
    {
        var cut = string.Join('\n', Sichuan.Split('\n').TakeWhile(l => !l.StartsWith("绩效指标", StringComparison.Ordinal)));
        var report = Read("cut.txt", cut);
        Assert.NotNull(report.Table);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing && p.Message.Contains("绩效指标", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_numeric_weight_is_a_reading_problem_not_a_guess()
    {
        var report = Read("bad.txt", Sichuan.Replace("\t30\t30\t\n", "\t三十\t30\t\n", StringComparison.Ordinal));
        Assert.Null(report.Table!.Indicators[0].Indicator.MaxScore);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.NotANumber && p.Message.Contains("三十", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_table_title_without_a_table_gives_the_header_and_a_missing_part()
    {
        var report = Read("title-only.txt", "部门预算项目支出绩效自评表(2023年度)51000021R000000000002-办公经费 — 示范县财政局\n一、项目基本情况\n正文缺失。\n");
        Assert.Equal(ReportGenre.ProjectSelfEvaluationTable, report.Genre);
        Assert.Equal((2023, "示范县财政局"), (report.Year, report.Department));
        Assert.Equal("51000021R000000000002-办公经费", report.Table?.ProjectName);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing);
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code == ReadingCodes.UnknownGenre);
    }

    [Theory]
    [InlineData("示范县第一小学2023年度项目支出绩效自评报告（教育专项工作经费）", "示范县第一小学", 2023, "教育专项工作经费")]
    [InlineData("示范州数据中心2024年度项目支出绩效单位自评报告", "示范州数据中心", 2024, null)]
    [InlineData("示范区某镇2017年防汛工作经费项目绩效评价报告", "示范区某镇", 2017, "防汛工作经费")]
    [InlineData("项目支出绩效自评报告(示范水库除险加固工程,评价年度2022,示范县水务局)", "示范县水务局", 2022, "示范水库除险加固工程")]
    public void Project_reports_give_genre_department_year_and_project(string title, string department, int year, string? project)
    {
        var report = Read("project-report.txt", title + "\n一、自评结论\n项目自评得分95分。\n");
        Assert.Equal(ReportGenre.ProjectSelfEvaluationReport, report.Genre);
        Assert.Equal((department, year), (report.Department, report.Year));
        Assert.Equal(project, report.Table?.ProjectName);
        Assert.Equal(project, KeyFigures.Of(report).Project);
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code == ReadingCodes.UnknownGenre);
    }

    [Theory]
    [InlineData("部门预算项目支出绩效自评表(2023年度)", ReportGenre.ProjectSelfEvaluationTable)]
    [InlineData("项目支出绩效自评表", ReportGenre.ProjectSelfEvaluationTable)]
    [InlineData("2022年度示范镇项目绩效自评表", ReportGenre.ProjectSelfEvaluationTable)]
    [InlineData("示范县司法局2020年度部门整体支出绩效自评表", ReportGenre.DepartmentSelfEvaluationTable)]
    [InlineData("重庆市示范区林业局2023年度部门整体绩效自评表", ReportGenre.DepartmentSelfEvaluationTable)]
    [InlineData("2018年部门整体支出绩效评价表", ReportGenre.DepartmentSelfEvaluationTable)]
    [InlineData("示范州数据中心2024年度项目支出绩效单位自评报告", ReportGenre.ProjectSelfEvaluationReport)]
    public void Genre_variants_are_recognised(string title, ReportGenre genre) =>
        Assert.Equal(genre, Jixiao.Documents.Extraction.Vocabulary.GenreOf(title));
}
