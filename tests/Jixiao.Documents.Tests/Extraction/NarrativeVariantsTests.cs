using System.Text;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>Revenue and expenditure sentences as other provinces write them (Hunan: "1、收入：…。2、支出：…").</summary>
public sealed class NarrativeVariantsTests
{
    private static Report Read(string text)
    {
        var (report, failure) = new ReportLoader().Load("variant.txt", Encoding.UTF8.GetBytes(text));
        Assert.Null(failure);
        return report!;
    }

    private const string HunanStyle = """
        # 2021年度测试县测试局部门整体支出绩效评价报告

        ### 二、部门整体支出情况

        1、收入：500.00万元。同比上年度增加100.00万元，增加25%。其中：财政拨款收入500.00万元，同比上年度增加100.00万元，增加25%。

        2、支出：480.00万元。其中：人员经费支出300.00万元，公用经费支出80.00万元，项目支出100.00万元。
        """;

    [Fact]
    public void Revenue_stated_as_the_years_income_is_read_as_the_final_with_increase_and_growth()
    {
        var revenue = Read(HunanStyle).Revenue!;
        Assert.Equal(("500.00", "100.00", "25%"), (revenue.Total.Final!.Text, revenue.Total.Increase!.Text, revenue.Total.GrowthRate!.Text));
        Assert.Null(revenue.Total.Initial);
        var source = Assert.Single(revenue.Sources);
        Assert.Equal(("财政拨款", "500.00", "100.00"), (source.Source, source.Final!.Text, source.Increase!.Text));
    }

    [Fact]
    public void Expenditure_split_into_personnel_operating_and_project_is_read()
    {
        var expenditure = Read(HunanStyle).Expenditure!;
        Assert.Equal(("480.00", "300.00", "80.00", "100.00"),
            (expenditure.Actual!.Text, expenditure.Personnel!.Text, expenditure.Operating!.Text, expenditure.Project!.Text));
        Assert.Null(expenditure.Basic);
    }

    [Fact]
    public void A_project_report_states_its_funds_and_execution_rate_in_a_sentence()
    {
        var report = Read("""
            # 测试县第二小学2023年度教育专项经费项目支出绩效自评报告

            ### 一、项目基本情况

            2023年度我校教育专项经费项目财政资金总额20.50万元，全部为县级资金，拨付使用20.50万元，预算执行率100%。
            """);
        Assert.Equal(ReportGenre.ProjectSelfEvaluationReport, report.Genre);
        var funds = report.Expenditure!;
        Assert.Equal(("20.50", "20.50", "100%"), (funds.Adjusted!.Text, funds.Actual!.Text, funds.ExecutionRate!.Text));
        var facts = Jixiao.Domain.Facts.KeyFigures.Of(report);
        Assert.Equal((20.5m, 20.5m, 100m), (facts.Expenditure.Adjusted, facts.Expenditure.Actual, facts.Expenditure.ExecutionRate));
    }

    [Theory]
    [InlineData("2023年13月")]
    [InlineData("2024年2月30日")]
    [InlineData("2023年13月45日")]
    public void An_impossible_date_is_reported_not_moved_into_another_month(string date)
    {
        var report = Read($"""
            # 2023年度测试局部门整体支出绩效自评报告

            ### （五）部门整体绩效管理情况

            于{date}组织本单位各业务科室开展了绩效自评。
            """);
        Assert.DoesNotContain(report.Claims, c => c is Jixiao.Domain.Claims.DateClaim);
        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.NotANumber);
        Assert.Contains(date, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_too_long_to_be_a_number_is_reported_not_dropped()
    {
        var report = Read(HunanStyle.Replace("1、收入：500.00万元", "1、收入：99999999999999999999999999999.99万元", StringComparison.Ordinal));
        Assert.Null(report.Revenue?.Total.Final);
        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.NotANumber);
        Assert.Contains("99999999999999999999999999999.99", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_counts_listed_after_the_first_are_read_but_not_the_subcategories_under_qiZhong()
    {
        var report = Read("""
            # 2023年度测试区测试局部门整体支出绩效自评报告

            ### 一、部门基本情况

            #### （五）部门整体绩效管理情况

            2023年本部门预算申报时编制了部门整体绩效目标和绩效指标，部门整体共设立产出指标7个、效益指标5个和满意度指标1个。

            共设置产出指标7个，其中数量指标2个，质量指标2个，时效指标2个，成本指标1个。
            """);
        var counts = report.Claims.OfType<Jixiao.Domain.Claims.IndicatorCountClaim>().Select(c => (c.Category.ToString(), c.Total.Text)).ToArray();
        Assert.Equal([("Output", "7"), ("Benefit", "5"), ("Satisfaction", "1"), ("Output", "7")], counts);
    }
}
