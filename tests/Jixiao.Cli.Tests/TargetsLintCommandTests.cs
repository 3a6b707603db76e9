using Jixiao.Documents.Workbook;
using Jixiao.Testing;
using Jixiao.Testing.Workbooks;
using SampleModel = Jixiao.Testing.BundledSample;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao targets lint`: the audit's indicator rules only, with the audit's formats and exit codes.</summary>
public sealed class TargetsLintCommandTests
{
    /// <summary>The untouched declaration pre-filled from the bundled 2023 model.</summary>
    private static string Declaration(TempFolder folder) =>
        folder.File("2024目标.xlsx", TemplateWriter.Write(DeclarationPrefill.Build(null, null, SampleModel.Report)));

    [Fact]
    public void Finds_the_known_weaknesses_of_the_untouched_declaration()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("targets", "lint", Declaration(folder), "--format", "json").ExpectExit(0).ExpectNoCrash();

        var root = result.Json().RootElement;
        Assert.Equal("target-declaration", root.GetProperty("genre").GetString());
        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Message: f.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(findings, f => f.Rule == "JX4002" && f.Message.Contains("成本指标", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "JX3006" && f.Message.Contains("“提高”", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == "JX3005" && f.Message.Contains("执法监察复查率", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Matches("^JX(30(0[5-9]|1[89]|2[01])|400[24]|8)", f.Rule));
    }

    [Fact]
    public void Reports_targets_not_raised_after_last_years_actuals()
    {
        using var folder = new TempFolder();
        var sample = SampleModel.Report;
        var previous = sample with
        {
            Targets = sample.Targets! with { Indicators = [.. sample.Targets.Indicators.Select(i => i.Name == "执法监察数量" ? i with { Actual = "2600家" } : i)] },
        };
        var path = folder.File("2024目标.xlsx", TemplateWriter.Write(DeclarationPrefill.Build(null, null, previous)));

        var result = Cli.Run("targets", "lint", path).ExpectExit(0).ExpectNoCrash();

        Assert.Contains("JX3018 目标未随上年实际提高｜绩效指标!C6", result.Out);
        Assert.Contains("上年实际完成“2600家”，超出目标 30%", result.Out);
    }

    [Fact]
    public void A_changed_target_without_a_reason_is_reported()
    {
        using var folder = new TempFolder();
        using var editor = new WorkbookEditor(File.ReadAllBytes(Declaration(folder)));
        var indicators = editor.In("绩效指标", "【绩效指标】");
        indicators.Set("指标值", indicators.RowWhere(("三级指标", "执法监察数量")), "1800");
        var path = folder.File("改.xlsx", editor.Save());

        var result = Cli.Run("targets", "lint", path, "--format", "csv").ExpectExit(0).ExpectNoCrash();

        Assert.Contains(result.OutLines, l => l.Contains("JX3020", StringComparison.Ordinal) && l.Contains("由上年的“≥2000家”调整为“≥1800家”", StringComparison.Ordinal));
    }

    [Fact]
    public void Fail_on_warning_gives_exit_1()
    {
        using var folder = new TempFolder();

        Cli.Run("targets", "lint", Declaration(folder), "--fail-on", "warning").ExpectExit(1).ExpectNoCrash();
    }

    [Fact]
    public void Lints_any_report_the_audit_reads_with_only_the_indicator_rules()
    {
        var result = Cli.Run("targets", "lint", SampleModel.Path, "--format", "ndjson").ExpectExit(0).ExpectNoCrash();

        var rules = result.Json().RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
        Assert.Contains("JX4002", rules);
        Assert.DoesNotContain("JX1003", rules);
    }

    [Fact]
    public void An_unreadable_input_gives_exit_2()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("targets", "lint", folder.PathOf("none.xlsx")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["none.xlsx：文件不存在"], result.ErrorLines);
    }
}
