using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>
/// The target-declaration workbook (`jixiao targets new`): valid OpenXML, pre-filled from last year's report with its
/// indicators and 历史标准, recognised by its marker, and imported into a 绩效目标申报表 with the figures typed.
/// </summary>
public sealed class DeclarationWorkbookTests
{
    private const string Department = "部门整体目标";
    private const string IndicatorSheet = "绩效指标";
    private const string ProjectSheet = "项目目标";

    private static byte[] Blank => TemplateWriter.Write(DeclarationPrefill.Build(2024, "某区某局", previous: null));

    private static byte[] From(Report previous) => TemplateWriter.Write(DeclarationPrefill.Build(null, null, previous));

    private static Report Imported(byte[] workbook)
    {
        var result = WorkbookImporter.Import("2024目标.xlsx", workbook, ReaderLimits.Default);
        Assert.True(result.Report is not null, string.Join("\n", result.Errors));
        return result.Report!;
    }

    /// <summary>The bundled 2023 model with actual values reported for two of its indicators.</summary>
    private static Report WithActuals()
    {
        var sample = BundledSample.Report;
        var actuals = new Dictionary<string, string> { ["执法监察数量"] = "2600家", ["应急响应启动及时率"] = "100%" };
        return sample with
        {
            Targets = sample.Targets! with { Indicators = [.. sample.Targets.Indicators.Select(i => i with { Actual = actuals.GetValueOrDefault(i.Name) })] },
        };
    }

    [Fact]
    public void Blank_and_pre_filled_workbooks_are_valid_OpenXml()
    {
        foreach (var workbook in new[] { Blank, From(BundledSample.Report), From(WithActuals()) })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void Sheets_and_marker_are_the_declarations()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        Assert.Equal(["说明", Department, IndicatorSheet, ProjectSheet], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));

        using var editor = new WorkbookEditor(Blank);
        Assert.Equal(DeclarationLayout.Marker, editor.Text("说明", "B2"));
        Assert.Equal("绩效目标申报工作簿（Jixiao）", editor.Text("说明", "A1"));
    }

    [Fact]
    public void Category_columns_offer_the_lists_of_the_self_evaluation_workbook()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == IndicatorSheet);
        var lists = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<DataValidation>()
            .Where(v => v.Type!.Value == DataValidationValues.List).Select(v => v.Formula1!.Text).ToList();

        Assert.Contains("\"产出指标,效益指标,满意度指标,成本指标\"", lists);
        Assert.Contains(lists, l => l.Contains("经济效益指标", StringComparison.Ordinal));
    }

    [Fact]
    public void From_the_bundled_sample_pre_fills_the_next_year_its_indicators_and_their_targets_as_history()
    {
        var sample = BundledSample.Report;
        using var editor = new WorkbookEditor(From(sample));

        var basics = editor.In(Department, "【基本信息】");
        Assert.Equal("2024", editor.Text(Department, "B" + basics.FieldRow("年度")));
        Assert.Equal("广州市天河区应急管理局", editor.Text(Department, "B" + basics.FieldRow("部门名称")));
        var indicators = editor.In(IndicatorSheet, "【绩效指标】");
        var names = Enumerable.Range(indicators.FirstRow, 15).Select(r => editor.Text(IndicatorSheet, indicators.Cell("三级指标", r))).ToList();
        Assert.Equal(sample.Targets!.Indicators.Select(i => i.Name), names);
        var row = indicators.RowWhere(("三级指标", "执法监察数量"));
        Assert.Equal(("≥", "2000", "家", "≥2000家"), (
            editor.Text(IndicatorSheet, indicators.Cell("指标性质", row)),
            editor.Text(IndicatorSheet, indicators.Cell("指标值", row)),
            editor.Text(IndicatorSheet, indicators.Cell("度量单位", row)),
            editor.Text(IndicatorSheet, indicators.Cell("历史标准：上年指标值", row))));
        Assert.Null(editor.Text(IndicatorSheet, indicators.Cell("历史标准：上年实际值", row)));
        var tasks = editor.In(Department, "【年度重点工作任务】");
        Assert.Equal("应急指挥救援业务经费", editor.Text(Department, tasks.Cell("任务名称", tasks.FirstRow)));
        Assert.Null(editor.Text(Department, tasks.Cell("拟投入的资金", tasks.FirstRow)));
        var projects = editor.In(ProjectSheet, "【项目】");
        var project = projects.RowWhere(("项目名称", "三防办工作经费"));
        Assert.Equal("区三防办", editor.Text(ProjectSheet, projects.Cell("实施单位", project)));
        Assert.Null(editor.Text(ProjectSheet, projects.Cell("其中：财政拨款", project)));
    }

    [Fact]
    public void From_the_shared_sample_pre_fills_its_15_indicators_with_their_2023_targets()
    {
        var sample = TianheSample.Report;

        var imported = Imported(From(sample));

        Assert.Equal(2024, imported.Year);
        Assert.Equal(15, imported.Targets!.Indicators.Count);
        Assert.Equal(sample.Targets!.Indicators.Select(i => (i.Name, i.AnnualTarget)), imported.Targets.Indicators.Select(i => (i.Name, i.AnnualTarget)));
        Assert.All(imported.Targets.Indicators, i => Assert.Equal(2023, i.PriorYear!.Year));
    }

    [Fact]
    public void Untouched_workbook_imports_to_a_declaration_that_keeps_last_years_targets()
    {
        var sample = BundledSample.Report;

        var report = Imported(From(sample));

        Assert.Equal((ReportGenre.TargetDeclaration, 2024, "广州市天河区应急管理局", "xlsx"), (report.Genre, report.Year, report.Department, report.Source!.Format));
        var targets = report.Targets!;
        Assert.Equal(sample.Targets!.Indicators.Select(i => (i.Category, i.Subcategory, i.Name, i.AnnualTarget, i.Target.Kind, i.Target.Number)),
            targets.Indicators.Select(i => (i.Category, i.Subcategory, i.Name, i.AnnualTarget, i.Target.Kind, i.Target.Number)));
        Assert.All(targets.Indicators, i => Assert.Equal(new PriorYear(2023, i.AnnualTarget, null), i.PriorYear));
        Assert.All(targets.Indicators, i => Assert.Null(i.Actual));
        Assert.Equal("执法监察数量", targets.Indicators[0].Name);
        Assert.Equal("绩效指标!C6", targets.Indicators[0].Location.Cell);
        Assert.Equal(["应急指挥救援业务经费"], targets.KeyTasks.Select(t => t.Name));
        Assert.Null(targets.KeyTasks[0].Funds);
        Assert.Equal(sample.Profile.Functions, report.Profile.Functions);
        Assert.Null(targets.Overview.Basic);
        var project = Assert.Single(report.ProjectTargets);
        Assert.Equal(("应急指挥救援业务经费", "广州市天河区应急管理局", sample.Targets.KeyTasks[0].Expected), (project.ProjectName, project.Department, project.OverallGoal));
        Assert.Null(project.TotalFunds);
        Assert.DoesNotContain(report.ReadingProblems, p => p.Code == ReadingCodes.PartMissing);
    }

    [Fact]
    public void Last_years_actuals_stand_beside_the_targets_and_import_as_history()
    {
        using var editor = new WorkbookEditor(From(WithActuals()));
        var indicators = editor.In(IndicatorSheet, "【绩效指标】");
        Assert.Equal("2600家", editor.Text(IndicatorSheet, indicators.Cell("历史标准：上年实际值", indicators.RowWhere(("三级指标", "执法监察数量")))));

        var report = Imported(From(WithActuals()));

        Assert.Equal(new PriorYear(2023, "≥2000家", "2600家"), report.Targets!.Indicators.Single(i => i.Name == "执法监察数量").PriorYear);
        Assert.Equal("100%", report.Targets.Indicators.Single(i => i.Name == "应急响应启动及时率").PriorYear!.Actual);
    }

    [Fact]
    public void Filled_in_workbook_imports_the_figures_as_typed()
    {
        using var editor = new WorkbookEditor(From(BundledSample.Report));
        editor.In(Department, "【基本信息】").SetField("财政供养人员数", 120);
        var overview = editor.In(Department, "【预算整体情况】");
        overview.SetField("部门预算支出：基本支出", 3100.5m);
        var basicCell = "部门整体目标!B" + overview.FieldRow("部门预算支出：基本支出");
        var tasks = editor.In(Department, "【年度重点工作任务】");
        tasks.Set("拟投入的资金", tasks.FirstRow, 35);
        var indicators = editor.In(IndicatorSheet, "【绩效指标】");
        var inspections = indicators.RowWhere(("三级指标", "执法监察数量"));
        indicators.Set("指标值", inspections, "2500");
        indicators.Set("调整理由", inspections, "上年实际超过 2500 家");
        indicators.Set("佐证材料", inspections, "执法台账");
        var projects = editor.In(ProjectSheet, "【项目】");
        var project = projects.RowWhere(("项目名称", "应急指挥救援业务经费"));
        projects.Set("其中：财政拨款", project, 30);
        projects.Set("其中：其他资金", project, 2.5m);
        var projectIndicators = editor.In(ProjectSheet, "【项目绩效指标】");
        var row = projectIndicators.FirstEmptyRow("项目名称");
        foreach (var (header, value) in new[] { ("项目名称", "应急指挥救援业务经费"), ("一级指标", "产出指标"), ("二级指标", "数量指标"), ("三级指标", "应急演练次数"), ("指标性质", "≥"), ("指标值", "4"), ("度量单位", "次") })
        {
            projectIndicators.Set(header, row, value);
        }

        var report = Imported(editor.Save());

        var targets = report.Targets!;
        Assert.Equal(120m, targets.BasicInfo.Single(f => f.Label == "财政供养人员数").Number!.Value);
        Assert.Equal((31_005_000m, basicCell), (targets.Overview.Basic!.Value, targets.Overview.Basic.Location.Cell));
        Assert.Equal(350_000m, targets.KeyTasks[0].Funds!.Value);
        var changed = targets.Indicators.Single(i => i.Name == "执法监察数量");
        Assert.Equal(("≥2500家", 2500m, "上年实际超过 2500 家", "执法台账"), (changed.AnnualTarget, changed.Target.Number!.Value, changed.ChangeReason, changed.Evidence));
        Assert.Equal("≥2000家", changed.PriorYear!.Target);
        var declared = Assert.Single(report.ProjectTargets);
        Assert.Equal((325_000m, 300_000m, 25_000m), (declared.TotalFunds!.Value, declared.FiscalFunds!.Value, declared.OtherFunds!.Value));
        var drill = Assert.Single(declared.Indicators);
        Assert.Equal(("应急演练次数", "≥4次", IndicatorSubcategory.Quantity), (drill.Name, drill.AnnualTarget, drill.Subcategory));
        Assert.Null(drill.PriorYear);
    }

    [Fact]
    public void A_value_outside_a_list_is_an_error_naming_the_cell()
    {
        using var editor = new WorkbookEditor(From(BundledSample.Report));
        var indicators = editor.In(IndicatorSheet, "【绩效指标】");
        indicators.Set("一级指标", indicators.FirstRow, "产出");

        var result = WorkbookImporter.Import("2024目标.xlsx", editor.Save(), ReaderLimits.Default);

        Assert.Null(result.Report);
        Assert.StartsWith($"绩效指标!A{indicators.FirstRow}：“产出”不是“一级指标”可选的值", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
        Assert.Equal("目标申报工作簿", result.Workbook!.Name);
    }

    [Fact]
    public void A_project_indicator_without_its_project_is_left_out_with_a_warning()
    {
        using var editor = new WorkbookEditor(Blank);
        var rows = editor.In(ProjectSheet, "【项目绩效指标】");
        rows.Set("一级指标", rows.FirstRow, "产出指标");
        rows.Set("三级指标", rows.FirstRow, "应急演练次数");
        rows.Set("指标值", rows.FirstRow, "4次");

        var report = Imported(editor.Save());

        Assert.Empty(report.ProjectTargets);
        Assert.Contains(report.ReadingProblems, p => p.Message == $"项目目标!A{rows.FirstRow}：没有填写“项目名称”，这一行未读取");
    }

    [Fact]
    public void The_loader_recognises_the_declaration_by_its_marker()
    {
        var (report, failure) = new ReportLoader().Load("2024目标.xlsx", From(BundledSample.Report));

        Assert.Null(failure);
        Assert.Equal(ReportGenre.TargetDeclaration, report!.Genre);
    }

    [Fact]
    public void The_loader_names_the_declaration_workbook_in_its_errors()
    {
        using var editor = new WorkbookEditor(Blank);
        editor.Set(Department, "B2", "美元");

        var (_, failure) = new ReportLoader().Load("2024目标.xlsx", editor.Save());

        Assert.StartsWith("Jixiao 目标申报工作簿有 1 处错误：部门整体目标!B2：金额单位只能是", failure!.Message, StringComparison.Ordinal);
    }
}
