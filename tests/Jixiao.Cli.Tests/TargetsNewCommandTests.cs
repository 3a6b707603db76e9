using Jixiao.Documents;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;
using SampleModel = Jixiao.Testing.BundledSample;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao targets new`: the target-declaration workbook, pre-filled from last year's report and linted as written.</summary>
public sealed class TargetsNewCommandTests
{
    [Fact]
    public void From_the_sample_writes_the_2024_declaration_and_lists_its_known_weaknesses()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("2024目标.xlsx");

        var result = Cli.Run("targets", "new", "--from", SampleModel.Path, "-o", path).ExpectExit(0).ExpectNoCrash();

        Assert.Equal($"已生成目标申报工作簿：{path}（2024年度；取自 tianhe-emergency-2023.json：绩效指标 15 个，其中有上年实际值的 0 个，项目 32 个）", result.OutLines[0]);
        Assert.Contains("JX4002 缺少指标类别", result.Out);
        Assert.Contains("绩效目标表没有设置成本指标", result.Out);
        Assert.Contains("“执法监察复查率”列为经济效益指标", result.Out);
        Assert.Contains("指标“应急处置水平”的指标值“提高”", result.Out);
        Assert.DoesNotContain("JX1", result.Out);
        var report = WorkbookImporter.Import("2024目标.xlsx", File.ReadAllBytes(path), ReaderLimits.Default).Report!;
        Assert.Equal((ReportGenre.TargetDeclaration, 2024, 15), (report.Genre, report.Year, report.Targets!.Indicators.Count));
    }

    [Fact]
    public void Year_and_department_can_be_given()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("2026.xlsx");

        var result = Cli.Run("targets", "new", "--from", SampleModel.Path, "--year", "2026", "--department", "某区应急管理局", "-o", path).ExpectExit(0).ExpectNoCrash();

        Assert.Contains("（2026年度；", result.OutLines[0]);
        using var editor = new WorkbookEditor(File.ReadAllBytes(path));
        var form = editor.In("部门整体目标", "【基本信息】");
        Assert.Equal(("某区应急管理局", "2026"), (editor.Text("部门整体目标", "B" + form.FieldRow("部门名称")), editor.Text("部门整体目标", "B" + form.FieldRow("年度"))));
    }

    [Fact]
    public void Without_a_previous_report_writes_a_blank_declaration()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("blank.xlsx");

        var result = Cli.Run("targets", "new", "--year", "2024", "-o", path).ExpectExit(0).ExpectNoCrash();

        Assert.Equal([$"已生成目标申报工作簿：{path}（2024年度）"], result.OutLines);
        using var editor = new WorkbookEditor(File.ReadAllBytes(path));
        Assert.Equal(DeclarationLayout.Marker, editor.Text("说明", "B2"));
    }

    [Fact]
    public void An_unreadable_previous_report_gives_exit_2_and_no_workbook()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("targets", "new", "--from", folder.PathOf("none.docx"), "-o", folder.PathOf("x.xlsx")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["none.docx：文件不存在"], result.ErrorLines);
        Assert.False(File.Exists(folder.PathOf("x.xlsx")));
    }

    [Fact]
    public void A_bad_year_gives_exit_2()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("targets", "new", "--year", "1999", "-o", folder.PathOf("x.xlsx")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["--year：“1999”不是 2000 到 2100 之间的年度"], result.ErrorLines);
    }

    [Fact]
    public void The_output_file_is_required() =>
        Assert.Contains(Cli.Run("targets", "new", "--year", "2024").ExpectExit(2).ExpectNoCrash().ErrorLines, l => l.StartsWith("命令行错误：", StringComparison.Ordinal));
}
