using System.Text.Json;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao import`: the model JSON of a filled workbook, errors per cell with exit code 2, and the loader's commands on workbooks.</summary>
public sealed class ImportCommandTests
{
    private static byte[] Blank() => TemplateWriter.Write(TemplatePrefill.Build(2024, "某区某局", previous: null));

    [Fact]
    public void Writes_the_model_json_of_a_filled_workbook()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("自评.xlsx", ReportWorkbook.Filled(TianheSample.Report));
        var output = folder.PathOf("report.json");

        var result = Cli.Run("import", workbook, "-o", output).ExpectExit(0).ExpectNoCrash();

        Assert.Equal([$"已导入：{output}"], result.OutLines);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("1", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("广州市天河区应急管理局", json.RootElement.GetProperty("department").GetString());
        var projects = json.RootElement.GetProperty("budgetTable").GetProperty("projects");
        Assert.Equal(32, projects.GetArrayLength());
        var initial = projects[1].GetProperty("initial");
        Assert.Matches(@"^预算执行明细!C\d+$", initial.GetProperty("location").GetProperty("cell").GetString());
        Assert.Equal(("预算执行明细", "三防办工作经费", "年初预算"), (initial.GetProperty("location").GetProperty("table").GetString(),
            initial.GetProperty("location").GetProperty("row").GetString(), initial.GetProperty("location").GetProperty("column").GetString()));
        Assert.Equal(197400m, initial.GetProperty("value").GetDecimal());
    }

    [Fact]
    public void Without_an_output_file_the_json_goes_to_stdout_and_warnings_to_stderr()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("空白.xlsx", Blank());

        var result = Cli.Run("import", workbook).ExpectExit(0).ExpectNoCrash();

        using var json = result.Json();
        Assert.Equal("某区某局", json.RootElement.GetProperty("department").GetString());
        Assert.Contains("空白.xlsx：绩效目标与指标：没有填写绩效指标（JX8004）", result.ErrorLines);
    }

    [Fact]
    public void A_non_number_gives_exit_2_one_line_per_cell_and_no_output()
    {
        using var folder = new TempFolder();
        using var editor = new WorkbookEditor(Blank());
        var projects = editor.In("预算执行明细", "【项目支出】");
        var row = projects.FirstRow + 1;
        projects.Set("项目名称", row, "执法办案经费");
        projects.Set("调整后预算数", row, "十二万");
        projects.Set("实际支出", row, "—约8万");
        var workbook = folder.File("自评.xlsx", editor.Save());

        var result = Cli.Run("import", workbook, "-o", folder.PathOf("report.json")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal([$"自评.xlsx：预算执行明细!F{row}：不是数字", $"自评.xlsx：预算执行明细!G{row}：不是数字"], result.ErrorLines);
        Assert.False(File.Exists(folder.PathOf("report.json")));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_gives_exit_2()
    {
        var result = Cli.Run("import", SharedFiles.SamplePath).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["tianhe-emergency-2023.txt：不是 Excel 工作簿（.xlsx），无法导入；报告文件请用 jixiao extract 读取"], result.ErrorLines);
    }

    [Fact]
    public void Another_workbook_gives_exit_2_and_says_how_to_get_one()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("import", folder.File("报表.xlsx", PlainWorkbook.Bytes())).ExpectExit(2).ExpectNoCrash();

        Assert.Equal([$"报表.xlsx：{WorkbookImporter.NotJixiaoWorkbook}"], result.ErrorLines);
    }

    [Fact]
    public void Audit_extract_and_facts_read_a_filled_workbook()
    {
        using var folder = new TempFolder();
        var workbook = folder.File("自评.xlsx", ReportWorkbook.Filled(TianheSample.Report));

        using var audit = Cli.Run("audit", workbook, "--format", "json").ExpectExit(0).ExpectNoCrash().Json();
        using var facts = Cli.Run("facts", workbook).ExpectExit(0).ExpectNoCrash().Json();
        Cli.Run("extract", workbook).ExpectExit(0).ExpectNoCrash();
        Cli.Run("score", workbook).ExpectExit(0).ExpectNoCrash();

        Assert.Equal("department-self-evaluation-report", audit.RootElement.GetProperty("genre").GetString());
        var findings = audit.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "JX1003" && f.GetProperty("location").GetProperty("cell").GetString()!.StartsWith("预算执行明细!", StringComparison.Ordinal));
        Assert.Equal(4045.94m, facts.RootElement.GetProperty("expenditure").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public void Audit_refuses_another_workbook_with_exit_2()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("audit", folder.File("报表.xlsx", PlainWorkbook.Bytes())).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["报表.xlsx：这是 Excel 工作簿（.xlsx）；报告请用 Word、PDF、网页或文本格式"], result.ErrorLines);
    }
}
