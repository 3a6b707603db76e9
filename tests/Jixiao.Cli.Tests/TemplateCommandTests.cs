using Jixiao.Documents;
using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao template`: the workbook written, pre-filled from `--from`, and its exit codes.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void Writes_a_workbook_for_the_year_and_department()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("自评模板.xlsx");

        var result = Cli.Run("template", "--year", "2024", "--department", "某区某局", "-o", path).ExpectExit(0).ExpectNoCrash();

        Assert.Equal([$"已生成自评工作簿：{path}（2024年度）"], result.OutLines);
        var report = WorkbookImporter.Import("自评模板.xlsx", File.ReadAllBytes(path), ReaderLimits.Default).Report!;
        Assert.Equal(("某区某局", 2024), (report.Department, report.Year));
    }

    [Fact]
    public void From_last_years_report_pre_fills_projects_and_indicators()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("2024.xlsx");

        var result = Cli.Run("template", "--from", SharedFiles.SamplePath, "-o", path).ExpectExit(0).ExpectNoCrash();

        Assert.Contains("2024年度；取自 tianhe-emergency-2023.txt：项目 32 个，绩效指标 15 个", result.Out);
        using var editor = new WorkbookEditor(File.ReadAllBytes(path));
        var projects = editor.In("预算执行明细", "【项目支出】");
        Assert.Equal("三防办工作经费", editor.Text("预算执行明细", projects.Cell("项目名称", projects.RowWhere(("项目名称", "三防办工作经费")))));
        var indicators = editor.In("绩效目标与指标", "【绩效指标】");
        Assert.Equal("执法监察数量", editor.Text("绩效目标与指标", indicators.Cell("三级指标", indicators.FirstRow)));
    }

    [Fact]
    public void From_the_bundled_model_json_works_too()
    {
        using var folder = new TempFolder();
        var model = Path.Combine(SharedFiles.RepositoryRoot, "samples", "tianhe-emergency-2023.json");

        Cli.Run("template", "--from", model, "--year", "2025", "-o", folder.PathOf("2025.xlsx")).ExpectExit(0).ExpectNoCrash();

        Assert.True(File.Exists(folder.PathOf("2025.xlsx")));
    }

    [Fact]
    public void An_unreadable_previous_report_gives_exit_2_and_no_workbook()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("template", "--from", folder.PathOf("none.txt"), "-o", folder.PathOf("x.xlsx")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["none.txt：文件不存在"], result.ErrorLines);
        Assert.False(File.Exists(folder.PathOf("x.xlsx")));
    }

    [Theory]
    [InlineData("--year", "1999")]
    [InlineData("--year", "二〇二四")]
    public void A_bad_year_gives_exit_2(string option, string value)
    {
        using var folder = new TempFolder();

        Cli.Run("template", option, value, "-o", folder.PathOf("x.xlsx")).ExpectExit(2).ExpectNoCrash();

        Assert.False(File.Exists(folder.PathOf("x.xlsx")));
    }

    [Fact]
    public void The_output_file_is_required()
    {
        var result = Cli.Run("template", "--year", "2024").ExpectExit(2).ExpectNoCrash();

        Assert.Contains(result.ErrorLines, l => l.StartsWith("命令行错误：", StringComparison.Ordinal));
    }
}
