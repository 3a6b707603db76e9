using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>The template (`jixiao template`): valid OpenXML, one sheet per part, checks, formulas and what `--from` pre-fills.</summary>
public sealed class TemplateWriterTests
{
    private static byte[] Blank => TemplateWriter.Write(TemplatePrefill.Build(2024, "某区某局", previous: null));

    [Fact]
    public void Blank_template_is_valid_OpenXml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Template_from_the_sample_is_valid_OpenXml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Template(TianheSample.Report)), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Filled_sample_workbook_is_still_valid_OpenXml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Filled(TianheSample.Report)), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Sheets_are_the_instructions_then_one_per_part_in_Chinese()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToArray();

        Assert.Equal(["说明", "基本情况", "绩效目标与指标", "收支情况", "经济分类", "预算执行明细", "绩效管理", "自评与评分", "问题与措施", "监控"], names);
    }

    [Fact]
    public void Instructions_sheet_carries_the_marker_and_explains_every_sheet()
    {
        using var editor = new WorkbookEditor(Blank);

        Assert.Equal(WorkbookLayout.Marker, editor.Text("说明", "B2"));
        var texts = Enumerable.Range(1, 400).Select(r => editor.Text("说明", "A" + r)).OfType<string>().ToList();
        Assert.All(WorkbookLayout.Sheets, sheet => Assert.Contains(sheet.Name, texts));
        Assert.Contains("调整后预算数", texts);
    }

    [Fact]
    public void Money_sheets_state_their_unit_in_a_drop_down_cell()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        var budget = Worksheet(document, "预算执行明细");

        var unit = budget.Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == "B2");
        Assert.Equal("\"元,万元\"", unit.Formula1!.Text);
        Assert.Equal(DataValidationValues.List, unit.Type!.Value);
        using var editor = new WorkbookEditor(Blank);
        Assert.Equal("金额单位", editor.Text("预算执行明细", "A2"));
        Assert.Equal("万元", editor.Text("预算执行明细", "B2"));
    }

    [Fact]
    public void Indicator_and_unit_columns_offer_lists()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        var lists = Worksheet(document, "绩效目标与指标").Descendants<DataValidation>()
            .Where(v => v.Type!.Value == DataValidationValues.List).Select(v => v.Formula1!.Text).ToList();
        var units = Worksheet(document, "预算执行明细").Descendants<DataValidation>()
            .Where(v => v.Type!.Value == DataValidationValues.List).Select(v => v.Formula1!.Text).ToList();

        Assert.Contains("\"产出指标,效益指标,满意度指标,成本指标\"", lists);
        Assert.Contains(lists, l => l.Contains("数量指标,质量指标", StringComparison.Ordinal));
        Assert.Contains("\"≥,≤,=,>,<,定性\"", lists);
        Assert.Contains(WorkbookLayout.UnitsRangeName, units);
        var name = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == WorkbookLayout.UnitsRangeName);
        Assert.StartsWith("'基本情况'!$B$", name.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_columns_are_formulas_without_cached_values()
    {
        using var editor = new WorkbookEditor(Blank);
        var projects = editor.In("预算执行明细", "【项目支出】");
        var total = projects.FirstRow;
        var project = projects.FirstRow + 1;

        Assert.True(editor.HasFormula("预算执行明细", projects.Cell("调整后预算数", project)));
        Assert.True(editor.HasFormula("预算执行明细", projects.Cell("支出率", project)));
        Assert.True(editor.HasFormula("预算执行明细", projects.Cell("年初预算", total)));
        Assert.False(editor.HasFormula("预算执行明细", projects.Cell("年初预算", project)));
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        Assert.All(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Where(c => c.CellFormula is not null),
            c => Assert.Null(c.CellValue));
        Assert.True(document.WorkbookPart.Workbook.CalculationProperties!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void Header_rows_are_bold_and_top_rows_frozen()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank), isEditable: false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var economic = Worksheet(document, "经济分类");
        var header = economic.Descendants<Cell>().Single(c => c.InnerText == "实际支出数");
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value);
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);

        Assert.NotNull(font.Bold);
        var pane = economic.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(5, pane.VerticalSplit!.Value);
        Assert.All(document.WorkbookPart.WorksheetParts, p => Assert.Single(p.Worksheet.Descendants<Pane>()));
    }

    [Fact]
    public void From_a_report_fills_units_projects_and_indicators_with_last_years_figures_only_for_reference()
    {
        var sample = TianheSample.Report;
        using var editor = new WorkbookEditor(ReportWorkbook.Template(sample));
        var projects = editor.In("预算执行明细", "【项目支出】");
        var first = sample.BudgetTable!.Projects[0];
        var row = projects.RowWhere(("项目名称", first.Label));

        Assert.Equal(first.ImplementingUnit, editor.Text("预算执行明细", projects.Cell("实施单位（科室）", row)));
        Assert.Null(editor.Text("预算执行明细", projects.Cell("年初预算", row)));
        Assert.Null(editor.Text("预算执行明细", projects.Cell("实际支出", row)));
        Assert.True(editor.HasFormula("预算执行明细", projects.Cell("上年实际支出（参考）", row)));
        Assert.Equal(sample.BudgetTable.Projects.Count, Enumerable.Range(projects.FirstRow + 1, 200).Count(r => r <= projects.LastRow && editor.Text("预算执行明细", projects.Cell("项目名称", r)) is not null));

        var units = editor.In("基本情况", "【下属单位】");
        Assert.Equal(sample.Profile.SubUnits, Enumerable.Range(units.FirstRow, sample.Profile.SubUnits.Count).Select(r => editor.Text("基本情况", units.Cell("单位名称", r))));

        var indicators = editor.In("绩效目标与指标", "【绩效指标】");
        var indicator = sample.Targets!.Indicators[0];
        Assert.Equal("产出指标", editor.Text("绩效目标与指标", indicators.Cell("一级指标", indicators.FirstRow)));
        Assert.Equal(indicator.Name, editor.Text("绩效目标与指标", indicators.Cell("三级指标", indicators.FirstRow)));
        Assert.Equal(["≥", "2000", "家"], new[] { "指标性质", "指标值", "度量单位" }.Select(h => editor.Text("绩效目标与指标", indicators.Cell(h, indicators.FirstRow))));
        Assert.Null(editor.Text("绩效目标与指标", indicators.Cell("实际完成值", indicators.FirstRow)));
    }

    [Fact]
    public void From_a_report_the_year_is_the_next_and_the_department_the_same()
    {
        var sample = TianheSample.Report;
        using var editor = new WorkbookEditor(TemplateWriter.Write(TemplatePrefill.Build(year: null, department: null, sample)));
        var form = editor.In("基本情况", "【基本信息】");

        Assert.Equal((sample.Year + 1).ToString(), editor.Text("基本情况", form.Cell("内容", form.FieldRow("年度"))));
        Assert.Equal(sample.Department, editor.Text("基本情况", form.Cell("内容", form.FieldRow("部门名称"))));
    }

    private static Worksheet Worksheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }
}
