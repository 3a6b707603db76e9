using Jixiao.Documents.Loading;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>
/// The reference report's target table, narrative figures and claims, against expectations written from the
/// published text: every indicator, every figure of the 收支 sentences and the 自评结论, every typed claim.
/// </summary>
public sealed class TianheSampleNarrativeTests
{
    [Fact]
    public void The_genre_department_year_and_outline_are_recognised()
    {
        var report = TianheSample.Report;
        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, report.Genre);
        Assert.Equal("广州市天河区应急管理局", report.Department);
        Assert.Equal(2023, report.Year);
        Assert.Equal(
            ["一、", "一、（一）", "一、（二）", "一、（三）", "一、（四）", "一、（五）", "二、", "二、（一）", "二、（二）", "二、（二）1.", "二、（二）1.（1）", "二、（二）1.（2）", "三、", "四、"],
            report.Sections.Select(s => s.Numbering));
        Assert.Equal(17, report.Profile.Functions.Count);
        Assert.StartsWith("负责应急管理工作", report.Profile.Functions[0], StringComparison.Ordinal);
    }

    public static TheoryData<IndicatorCategory, IndicatorSubcategory, string, string, int> Indicators() => new()
    {
        { IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量", "≥2000家", 99 },
        { IndicatorCategory.Output, IndicatorSubcategory.Quantity, "开展企业应急与安全生产培训", "≥6万", 100 },
        { IndicatorCategory.Output, IndicatorSubcategory.Quality, "安全隐患消除率", "100%", 101 },
        { IndicatorCategory.Output, IndicatorSubcategory.Quality, "执法监察覆盖面", "100%", 102 },
        { IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "应急响应启动及时率", "100%", 103 },
        { IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "案件结案率", "100%", 104 },
        { IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "控制森林火灾受害率", "不发生较大以上的森林火灾", 105 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Economic, "执法监察复查率", "100%", 107 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Economic, "应急维稳响应率", "100%", 108 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Social, "安全事故发生次数", "0次", 109 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Social, "汛期事故抢险成功率", "100%", 110 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Social, "举报投诉案件查办率", "100%", 111 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Social, "应急处置水平", "提高", 112 },
        { IndicatorCategory.Benefit, IndicatorSubcategory.Ecological, "生态环境有效保护率", "95%", 113 },
        { IndicatorCategory.Satisfaction, IndicatorSubcategory.ServiceSatisfaction, "宣传活动群众满意度", "100%", 115 },
    };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Each_indicator_is_read_with_its_place_in_the_tree_and_target(IndicatorCategory category, IndicatorSubcategory subcategory, string name, string target, int line)
    {
        var indicator = Assert.Single(TianheSample.Report.Targets!.Indicators, i => i.Name == name);
        Assert.Equal(category, indicator.Category);
        Assert.Equal(subcategory, indicator.Subcategory);
        Assert.Equal(target, indicator.AnnualTarget);
        Assert.Equal(target, indicator.CycleTarget);
        Assert.Equal(line, indicator.Location.Line);
        Assert.Equal("绩效目标表", indicator.Location.Table);
    }

    [Fact]
    public void The_target_table_has_15_indicators_empty_cost_and_sustainable_rows_and_a_blank_staff_count()
    {
        var targets = TianheSample.Report.Targets!;
        Assert.Equal(15, targets.Indicators.Count);
        Assert.Equal([IndicatorSubcategory.Cost, IndicatorSubcategory.Sustainable], targets.EmptySubcategories);
        Assert.True(Assert.Single(targets.BasicInfo, f => f.Label == "财政供养人员数").IsBlank);
        Assert.Equal(1, Assert.Single(targets.BasicInfo, f => f.Label == "下属二级单位数").Number!.Value);
        Assert.Equal("广州市天河区应急管理局", targets.DepartmentName);
        var task = Assert.Single(targets.KeyTasks);
        Assert.Equal(("应急指挥救援业务经费", "32.00"), (task.Name, task.Funds!.Text));
        Assert.Equal(60_000m, targets.Indicators[1].Target.Number);
        Assert.True(targets.Indicators.Single(i => i.Name == "安全事故发生次数").Target.IsZeroTarget);
    }

    public static TheoryData<string, string, string, int> OverviewFigures() => new()
    {
        { "Basic", "3,027.78", "基本支出", 88 },
        { "Project", "888.51", "项目支出", 89 },
        { "FiscalAppropriation", "3,916.29", "财政拨款", 88 },
        { "OtherFunds", "0.00", "其他资金", 89 },
        { "SpecialFunds", "0.00", "财政专项资金", 91 },
        { "OtherDevelopment", "0.00", "其他事业发展性支出", 92 },
        { "OwnLevel", "3,916.29", "区本级使用资金", 91 },
        { "TransfersDown", "0.00", "拟用于对下转移支付资金", 92 },
    };

    [Theory]
    [MemberData(nameof(OverviewFigures))]
    public void Each_budget_overview_figure_is_read_in_ten_thousand_yuan(string property, string text, string row, int line)
    {
        var stated = (Stated)typeof(BudgetOverview).GetProperty(property)!.GetValue(TianheSample.Report.Targets!.Overview)!;
        Assert.Equal(text, stated.Text);
        Assert.Equal(row, stated.Location.Row);
        Assert.Equal(line, stated.Location.Line);
        Assert.Equal(MoneyUnits.TenThousandYuan, stated.Unit);
    }

    public static TheoryData<string, string, int> NarrativeFigures() => new()
    {
        { "预算收入", "3916.29", 119 },
        { "调整预算数", "4171.75", 121 },
        { "决算数", "4051.74", 121 },
        { "比上年增减", "816.03", 121 },
        { "增长率", "25.22%", 121 },
        { "财政拨款预算收入", "3916.29", 121 },
        { "财政拨款调整预算数", "4171.75", 121 },
        { "财政拨款决算数", "4051.74", 121 },
        { "财政拨款比上年增减", "816.03", 121 },
        { "财政拨款增长率", "25.22%", 121 },
        { "政府性基金预算收入", "0", 121 },
        { "国有资本经营决算数", "0", 121 },
        { "年初预算支出", "3916.29", 123 },
        { "调整预算支出", "4171.75", 123 },
        { "决算支出", "4045.94", 123 },
        { "基本支出", "2923.96", 123 },
        { "基本支出占比", "72.27%", 123 },
        { "项目支出", "1121.99", 123 },
        { "项目支出占比", "27.73%", 123 },
        { "部门预算执行率", "96.98%", 123 },
        { "工资福利支出", "2759.82", 123 },
        { "工资福利支出占比", "68.21%", 123 },
        { "商品和服务支出", "765.24", 123 },
        { "商品和服务支出占比", "18.91%", 123 },
        { "对个人和家庭的补助支出", "82.89", 123 },
        { "对个人和家庭的补助支出占比", "2.05%", 123 },
        { "资本性支出", "437.99", 123 },
        { "资本性支出占比", "10.83%", 123 },
        { "全年预算数", "4171.75", 222 },
        { "执行数", "4051.74", 222 },
        { "完成预算的比例", "97.12%", 222 },
        { "自评项目涉及资金", "1126", 208 },
        { "重点评价涉及一般公共预算支出", "74.51", 210 },
        { "部门整体自评涉及一般公共预算支出", "4051.74", 214 },
        { "自评得分", "18.43", 228 },
        { "指标得分", "20", 228 },
    };

    [Theory]
    [MemberData(nameof(NarrativeFigures))]
    public void Each_narrative_figure_is_read_with_its_line(string label, string text, int line)
    {
        var stated = Assert.Single(StatedValues.All(TianheSample.Report), s => s.Location.Table is null && s.Location.Row == label);
        Assert.Equal(text, stated.Text);
        Assert.Equal(line, stated.Location.Line);
    }

    [Fact]
    public void Indicator_counts_bands_dates_and_events_become_typed_claims()
    {
        var claims = TianheSample.Report.Claims;
        var counts = claims.OfType<IndicatorCountClaim>().ToArray();
        Assert.Equal(6, counts.Length);
        var output = counts[0];
        Assert.Equal((IndicatorCategory.Output, 7m, 204), (output.Category, output.Total.Value, output.Location.Line!.Value));
        Assert.Equal([1m, 2m, 3m, 0m], output.Parts.Select(p => p.Count.Value));
        Assert.Equal([IndicatorSubcategory.Economic, IndicatorSubcategory.Social, IndicatorSubcategory.Ecological, IndicatorSubcategory.Cultural, IndicatorSubcategory.Sustainable, IndicatorSubcategory.ServiceSatisfaction],
            counts[1].Parts.Select(p => p.Subcategory));

        var bands = claims.OfType<CompletionBandClaim>().ToArray();
        Assert.Equal([(IndicatorCategory.Output, 7m, 100m), (IndicatorCategory.Benefit, 7m, 98m)], bands.Select(b => (b.Category, b.Count.Value, b.TotalScore!.Value)));

        var dates = claims.OfType<DateClaim>().ToArray();
        Assert.Equal([(DateKind.SelfEvaluation, 2024, 7, (int?)null), (DateKind.Monitoring, 2024, 7, 30)], dates.Select(d => (d.Kind, d.Year, d.Month, d.Day)));

        var incident = Assert.Single(claims.OfType<IncidentClaim>());
        Assert.Equal(("安全事故", 12m, 12m, 49), (incident.Subject, incident.Count.Value, incident.Deaths!.Value, incident.Location.Line!.Value));

        var breakdowns = claims.OfType<BreakdownClaim>().ToArray();
        Assert.Equal([12m, 12m, 65m], breakdowns.Select(b => b.Total.Value));
        Assert.Equal(["58.3%", "33.3%", "8.3%"], breakdowns[0].Parts.Select(p => p.Share!.Text));
        Assert.Equal([1m, 10m, 51m, 1m, 2m], breakdowns[2].Parts.Select(p => p.Value.Value));

        var coverage = Assert.Single(claims.OfType<ProjectCoverageClaim>());
        Assert.Equal((7m, 32m, 100m), (coverage.Level1Projects!.Value, coverage.Level2Projects!.Value, coverage.Share!.Value));

        var key = Assert.Single(claims.OfType<EvaluatedFundsClaim>(), c => c.Scope == EvaluationScope.KeyProjects);
        Assert.Equal(["应急指挥救援业务经费", "天河区森林防火经费"], key.ProjectNames);
    }

    [Fact]
    public void Problems_and_measures_are_kept_and_the_only_reading_problem_is_the_assumed_unit_of_table_2()
    {
        var report = TianheSample.Report;
        Assert.Single(report.Problems);
        Assert.Single(report.Measures);
        var problem = Assert.Single(report.ReadingProblems);
        Assert.Equal(ReadingCodes.UnitAssumed, problem.Code);
    }
}
