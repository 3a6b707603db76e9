using Jixiao.Documents.Workbook;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>`jixiao import`: a filled workbook read into the model, inputs as typed, derived values recomputed, errors per cell.</summary>
public sealed class WorkbookImporterTests
{
    private const string Budget = "预算执行明细";

    private static byte[] Blank(string? department = "某区某局", int? year = 2024) => TemplateWriter.Write(TemplatePrefill.Build(year, department, previous: null));

    private static ImportResult Import(byte[] workbook, ReaderLimits? limits = null) => WorkbookImporter.Import("自评.xlsx", workbook, limits ?? ReaderLimits.Default);

    private static Report Imported(byte[] workbook)
    {
        var result = Import(workbook);
        Assert.True(result.Report is not null, string.Join("\n", result.Errors));
        return result.Report!;
    }

    [Fact]
    public void Sample_transcribed_into_the_workbook_imports_to_the_same_figures()
    {
        var sample = TianheSample.Report;

        var imported = Imported(ReportWorkbook.Filled(sample));

        SameFigures.Assert(sample, imported);
        Assert.Equal(ReportGenre.DepartmentSelfEvaluationReport, imported.Genre);
        Assert.Equal("xlsx", imported.Source!.Format);
        Assert.Equal(sample.Profile.Functions, imported.Profile.Functions);
        Assert.Equal(sample.Profile.SubUnits, imported.Profile.SubUnits);
        Assert.Equal(sample.Problems, imported.Problems);
        Assert.Equal(sample.Targets!.Overview.Basic!.Value, imported.Targets!.Overview.Basic!.Value);
        Assert.Equal(sample.Conclusion!.ExecutionRate!.Value, imported.Conclusion!.ExecutionRate!.Value);
        Assert.Equal(sample.Claims.OfType<ScoreClaim>().Select(s => (s.Item, s.MaxScore!.Value, s.SelfScore!.Value)),
            imported.Claims.OfType<ScoreClaim>().Select(s => (s.Item, s.MaxScore!.Value, s.SelfScore!.Value)));
        Assert.Equal(sample.Claims.OfType<DateClaim>().Select(d => (d.Kind, d.Year, d.Month, d.Day)).Order(),
            imported.Claims.OfType<DateClaim>().Select(d => (d.Kind, d.Year, d.Month, d.Day)).Order());
        Assert.DoesNotContain(imported.ReadingProblems, p => p.Code == ReadingCodes.FormulaMismatch);
    }

    [Fact]
    public void Numbers_keep_their_text_exact_value_in_yuan_and_cell()
    {
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In(Budget, "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "应急指挥救援业务经费");
        projects.Set("年初预算", row, 37.38m);
        projects.Set("预算调增数", row, "1,234.5");
        projects.Set("实际支出", row, 20.678912m);

        var project = Imported(editor.Save()).BudgetTable!.Projects.Single();

        Assert.Equal(("37.38", 373800m, "万元"), (project.Initial!.Text, project.Initial.Value, project.Initial.Unit));
        Assert.Equal(("1,234.5", 12345000m, 100m), (project.Increase!.Text, project.Increase.Value, project.Increase.Resolution));
        Assert.Equal(206789.12m, project.Actual!.Value);
        Assert.Equal(new SourceLocation(Table: Budget, Row: "应急指挥救援业务经费", Column: "年初预算", Cell: $"{Budget}!C{row}"), project.Initial.Location);
    }

    [Fact]
    public void Derived_values_are_recomputed_exactly_from_the_inputs()
    {
        using var editor = new WorkbookEditor(Blank());
        var department = editor.In(Budget, "【部门基本支出】");
        var personnel = department.RowWhere(("支出项目", "人员经费"));
        var operating = department.RowWhere(("支出项目", "日常公用经费"));
        Fill(department, personnel, 2752.9m, 0m, 58.52m, 2679.76m);
        Fill(department, operating, 274.88m, 0m, 6.97m, 244.19m);

        var block = Imported(editor.Save()).BudgetTable!.DepartmentBlock!;

        var line = block.Lines.Single(l => l.Label == "人员经费");
        Assert.Equal(("2694.38", 26943800m), (line.Adjusted!.Text, line.Adjusted.Value));
        Assert.Equal(("99.46%", 99.46m), (line.ExecutionRate!.Text, line.ExecutionRate.Value));
        Assert.Equal($"{Budget}!F{personnel}", line.Adjusted.Location.Cell);
        Assert.Equal("基本支出/人员经费", line.Adjusted.Location.Row);
        Assert.Equal([30277800m, 0m, 654900m, 29622900m, 29239500m], new[] { block.Total!.Initial, block.Total.Increase, block.Total.Decrease, block.Total.Adjusted, block.Total.Actual }.Select(s => s!.Value));
        Assert.Equal(2, block.Lines.Count);
    }

    [Fact]
    public void A_number_typed_over_a_formula_is_read_as_typed()
    {
        using var editor = new WorkbookEditor(Blank());
        var department = editor.In(Budget, "【部门基本支出】");
        var personnel = department.RowWhere(("支出项目", "人员经费"));
        Fill(department, personnel, 403.52m, 0m, 146.83m, 548.98m);
        department.Set("调整后预算数", personnel, 550.41m);

        var line = Imported(editor.Save()).BudgetTable!.DepartmentBlock!.Lines.Single();

        Assert.Equal(("550.41", 5504100m), (line.Adjusted!.Text, line.Adjusted.Value));
        Assert.Equal(99.74m, line.ExecutionRate!.Value);
    }

    [Fact]
    public void A_cached_formula_result_that_differs_is_reported_and_the_recomputed_value_read()
    {
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In(Budget, "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "三防办工作经费");
        projects.Set("年初预算", row, 19.74m);
        editor.SetCached(Budget, projects.Cell("调整后预算数", row), 20m);

        var report = Imported(editor.Save());

        Assert.Equal(197400m, report.BudgetTable!.Projects.Single().Adjusted!.Value);
        var problem = Assert.Single(report.ReadingProblems, p => p.Code == ReadingCodes.FormulaMismatch);
        Assert.Equal($"{Budget}!F{row}", problem.Location.Cell);
        Assert.StartsWith($"{Budget}!F{row}：公式显示 20，按所填数字重算为 19.74", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cached_formula_result_that_agrees_is_no_problem()
    {
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In(Budget, "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "三防办工作经费");
        projects.Set("年初预算", row, 19.74m);
        projects.Set("实际支出", row, 11.4651m);
        editor.SetCached(Budget, projects.Cell("调整后预算数", row), 19.740000000000002m);
        editor.SetCached(Budget, projects.Cell("支出率", row), 0.58080547112462m);

        var report = Imported(editor.Save());

        Assert.DoesNotContain(report.ReadingProblems, p => p.Code == ReadingCodes.FormulaMismatch);
        Assert.Equal(58.08m, report.BudgetTable!.Projects.Single().ExecutionRate!.Value);
    }

    [Theory]
    [InlineData("十万")]
    [InlineData("100万元")]
    [InlineData("12.3.4")]
    public void A_non_number_in_a_money_cell_is_an_error_naming_sheet_and_cell(string text)
    {
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In(Budget, "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "执法办案经费");
        projects.Set("实际支出", row, text);

        var result = Import(editor.Save());

        Assert.Null(result.Report);
        Assert.Equal([$"{Budget}!G{row}：不是数字"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Text_typed_over_a_formula_is_an_error_too()
    {
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In(Budget, "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "执法办案经费");
        projects.Set("调整后预算数", row, "见附表");

        Assert.Equal([$"{Budget}!F{row}：不是数字"], Import(editor.Save()).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Empty_required_cells_and_parts_are_warnings()
    {
        var report = Imported(Blank(department: null, year: null));

        Assert.Null(report.Department);
        Assert.Contains(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing && p.Message.StartsWith("基本情况!B6：必填的“部门名称”没有填写", StringComparison.Ordinal));
        Assert.Contains(report.ReadingProblems, p => p.Message.Contains("必填的“年度”没有填写", StringComparison.Ordinal));
        Assert.Contains(report.ReadingProblems, p => p.Message == "绩效目标与指标：没有填写绩效指标");
        Assert.Null(report.BudgetTable);
        Assert.Null(report.Monitoring);
    }

    [Fact]
    public void Amounts_follow_the_unit_of_their_sheet()
    {
        using var editor = new WorkbookEditor(Blank());
        editor.Set("经济分类", "B2", "元");
        var economic = editor.In("经济分类", "【经济分类】");
        economic.Set("实际支出数", economic.RowWhere(("经济分类", "工资福利支出")), 27598182.86m);
        economic.Set("实际支出数", economic.RowWhere(("经济分类", "商品和服务支出")), 7652427.17m);

        var table = Imported(editor.Save()).EconomicTable!;

        Assert.Equal(27598182.86m, table.Rows.Single(r => r.Name == "工资福利支出").Amount!.Value);
        Assert.Equal(("元", 0.01m), (table.Total!.Amount!.Unit, table.Total.Amount.Resolution));
        Assert.Equal(35250610.03m, table.Total.Amount.Value);
        Assert.Equal(("78.29%", 100.00m), (table.Rows[0].Share!.Text, table.Total.Share!.Value));
    }

    [Fact]
    public void Money_unit_other_than_yuan_or_ten_thousand_yuan_is_an_error()
    {
        using var editor = new WorkbookEditor(Blank());
        editor.Set("经济分类", "B2", "千元");

        Assert.Equal(["经济分类!B2：金额单位只能是“元”或“万元”"], Import(editor.Save()).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Indicators_compose_their_target_from_nature_value_and_unit()
    {
        using var editor = new WorkbookEditor(Blank());
        var indicators = editor.In("绩效目标与指标", "【绩效指标】");
        var row = indicators.FirstRow;
        indicators.Set("一级指标", row, "产出指标");
        indicators.Set("二级指标", row, "数量指标");
        indicators.Set("三级指标", row, "执法监察数量");
        indicators.Set("指标性质", row, "≥");
        indicators.Set("指标值", row, 2000);
        indicators.Set("度量单位", row, "家");
        indicators.Set("实际完成值", row + 1, "2100家");
        indicators.Set("一级指标", row + 1, "效益指标");
        indicators.Set("三级指标", row + 1, "应急处置水平");
        indicators.Set("指标性质", row + 1, "定性");
        indicators.Set("指标值", row + 1, "提高");

        var list = Imported(editor.Save()).Targets!.Indicators;

        Assert.Equal(("≥2000家", TargetKind.Quantitative, TargetOperator.AtLeast, 2000m), (list[0].AnnualTarget, list[0].Target.Kind, list[0].Target.Operator, list[0].Target.Number));
        Assert.Equal((IndicatorCategory.Output, IndicatorSubcategory.Quantity), (list[0].Category, list[0].Subcategory));
        Assert.Equal(("提高", TargetKind.Trend, (IndicatorSubcategory?)null, "2100家"), (list[1].AnnualTarget, list[1].Target.Kind, list[1].Subcategory, list[1].Actual));
    }

    [Fact]
    public void A_value_outside_a_list_is_an_error()
    {
        using var editor = new WorkbookEditor(Blank());
        var indicators = editor.In("绩效目标与指标", "【绩效指标】");
        indicators.Set("一级指标", indicators.FirstRow, "产出");
        indicators.Set("三级指标", indicators.FirstRow, "执法监察数量");

        var error = Assert.Single(Import(editor.Save()).Errors);
        Assert.Equal($"绩效目标与指标!A{indicators.FirstRow}", error.Cell);
        Assert.StartsWith("“产出”不是“一级指标”可选的值", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_blocks_group_by_unit_and_sum_their_own_total()
    {
        using var editor = new WorkbookEditor(Blank());
        editor.In("基本情况", "【下属单位】").Set("单位名称", editor.In("基本情况", "【下属单位】").FirstRow, "局本级");
        var units = editor.In(Budget, "【单位基本支出】");
        var row = units.FirstRow;
        foreach (var (unit, item, initial) in new[] { ("局本级", "基本支出合计", (decimal?)null), ("局本级", "人员经费", 2395.9m), ("局本级", "日常公用经费", 228.36m), ("森防办", "人员经费", 357m) })
        {
            units.Set("单位", row, unit);
            units.Set("支出项目", row, item);
            units.Set("年初预算", row++, initial);
        }

        units.Set("支出项目", row, "人员经费");
        units.Set("年初预算", row, 1m);

        var report = Imported(editor.Save());
        var blocks = report.BudgetTable!.UnitBlocks.ToList();

        Assert.Equal(["局本级", "森防办"], blocks.Select(b => b.Name));
        Assert.Equal(26242600m, blocks[0].Total!.Initial!.Value);
        Assert.Null(blocks[1].Total);
        Assert.Contains(report.ReadingProblems, p => p.Location.Cell == $"{Budget}!A{row}" && p.Message.EndsWith("没有填写“单位”，这一行未读取", StringComparison.Ordinal));
    }

    [Fact]
    public void Percentages_dates_and_counts_read_as_typed_or_stored()
    {
        using var editor = new WorkbookEditor(Blank());
        var revenue = editor.In("收支情况", "【收入】");
        revenue.Set("决算数", revenue.FirstRow + 1, 4051.74m);
        revenue.Set("增长率", revenue.FirstRow + 1, 0.2522m);
        revenue.Set("增长率", revenue.FirstRow + 2, "-3.5%");
        revenue.Set("决算数", revenue.FirstRow + 2, 1m);
        var management = editor.In("绩效管理", "【绩效管理情况】");
        management.SetField("绩效运行监控完成日期", "2024年7月30日");
        management.SetField("绩效自评完成日期", 45474m);
        management.SetField("自评覆盖二级项目数", 32);
        management.SetField("重点评价项目名称", "应急指挥救援业务经费、天河区森林防火经费");

        var report = Imported(editor.Save());

        var sources = report.Revenue!.Sources;
        Assert.Equal(("25.22%", 25.22m), (sources[0].GrowthRate!.Text, sources[0].GrowthRate!.Value));
        Assert.Equal(("-3.5%", -3.5m, 0.01m), (sources[1].GrowthRate!.Text, sources[1].GrowthRate!.Value, sources[1].GrowthRate!.Resolution));
        Assert.Equal(40527400m, report.Revenue.Total.Final!.Value);
        var dates = report.Claims.OfType<DateClaim>().ToDictionary(d => d.Kind);
        Assert.Equal(("2024年7月30日", 2024, 7, (int?)30), (dates[DateKind.Monitoring].Text, dates[DateKind.Monitoring].Year, dates[DateKind.Monitoring].Month, dates[DateKind.Monitoring].Day));
        Assert.Equal((2024, 7, (int?)1), (dates[DateKind.SelfEvaluation].Year, dates[DateKind.SelfEvaluation].Month, dates[DateKind.SelfEvaluation].Day));
        Assert.Equal(32m, report.Claims.OfType<ProjectCoverageClaim>().Single().Level2Projects!.Value);
        Assert.Equal(["应急指挥救援业务经费", "天河区森林防火经费"], report.Claims.OfType<EvaluatedFundsClaim>().Single().ProjectNames);
    }

    [Fact]
    public void Monitoring_sheet_reads_into_the_monitoring_table()
    {
        using var editor = new WorkbookEditor(Blank());
        editor.In("监控", "【监控期间】").SetField("监控截至月份", 6);
        var budgets = editor.In("监控", "【预算执行】");
        budgets.Set("项目名称", budgets.FirstRow, "应急指挥救援业务经费");
        budgets.Set("年度预算数", budgets.FirstRow, 37.38m);
        budgets.Set("1-N月执行数", budgets.FirstRow, 10m);
        budgets.Set("偏差原因", budgets.FirstRow, "经费保障");
        var indicators = editor.In("监控", "【指标完成】");
        indicators.Set("三级指标", indicators.FirstRow, "执法监察数量");
        indicators.Set("年度指标值", indicators.FirstRow, "≥2000家");
        indicators.Set("1-N月实际完成值", indicators.FirstRow, "900家");
        indicators.Set("完成目标可能性", indicators.FirstRow, "有可能");

        var monitoring = Imported(editor.Save()).Monitoring!;

        Assert.Equal((2024, 6, 50m), (monitoring.Period!.Year, monitoring.Period.Month, monitoring.Period.TimeProgress));
        var budget = monitoring.Budgets.Single();
        Assert.Equal((26.75m, Domain.Monitoring.DeviationCause.Funding), (budget.ExecutionRate!.Value, budget.Cause));
        var indicator = monitoring.Indicators.Single();
        Assert.Equal((900m, "家", Domain.Monitoring.CompletionLikelihood.Possible), (indicator.ToDate!.Value, indicator.ToDate.Unit, indicator.Likelihood));
    }

    [Fact]
    public void A_workbook_without_the_marker_is_not_a_Jixiao_workbook()
    {
        using var editor = new WorkbookEditor(Blank());
        editor.Set("说明", "B2", "其他");

        var result = Import(editor.Save());

        Assert.False(result.IsJixiaoWorkbook);
        Assert.Equal(WorkbookImporter.NotJixiaoWorkbook, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_is_refused()
    {
        var result = Import(Blank(), ReaderLimits.Default with { MaxTableRows = 20 });

        Assert.False(result.IsJixiaoWorkbook);
        Assert.StartsWith("工作表“说明”超过 20 行的上限", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_expanding_past_the_limit_is_refused_before_it_is_read()
    {
        var result = Import(Blank(), ReaderLimits.Default with { MaxFileBytes = 4096 });

        Assert.False(result.IsJixiaoWorkbook);
        Assert.Contains("解压后超过", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Untouched_template_from_last_year_keeps_last_years_figures_out_of_the_model()
    {
        var report = Imported(ReportWorkbook.Template(TianheSample.Report));

        Assert.Null(report.BudgetTable);
        Assert.Null(report.EconomicTable);
        Assert.Equal(TianheSample.Report.Targets!.Indicators.Select(i => i.AnnualTarget), report.Targets!.Indicators.Select(i => i.AnnualTarget));
        Assert.All(report.Targets.Indicators, i => Assert.Null(i.Actual));
        Assert.Equal(TianheSample.Report.Profile.Functions, report.Profile.Functions);
        Assert.All(StatedValues.All(report), s => Assert.NotEqual(Quantity.Money, s.Kind));
    }

    private static void Fill(WorkbookEditor.Block block, int row, decimal initial, decimal increase, decimal decrease, decimal actual)
    {
        block.Set("年初预算", row, initial);
        block.Set("预算调增数", row, increase);
        block.Set("预算调减数", row, decrease);
        block.Set("实际支出", row, actual);
    }
}
