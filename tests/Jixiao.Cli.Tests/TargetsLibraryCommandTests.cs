using Jixiao.Documents.Library;
using Jixiao.Domain.Library;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao targets library`: listing, JSON, merging reports into a library file, and bad input.</summary>
public sealed class TargetsLibraryCommandTests
{
    [Fact]
    public void Lists_the_shipped_library_by_category()
    {
        var result = Cli.Run("targets", "library").ExpectExit(0).ExpectNoCrash();
        var count = IndicatorLibraryFiles.Shipped.Entries.Count;
        Assert.StartsWith($"Jixiao 指标库：{count} 个指标", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.StartsWith("成本指标（", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains("执法监察数量　产出指标/数量指标；≥2000家（定量，正向，单位：家）", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains("依据：财预〔2021〕101号", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_the_library_file_format()
    {
        var result = Cli.Run("targets", "library", "--format", "json").ExpectExit(0);
        var (library, error) = IndicatorLibraryJson.Read(result.Out);
        Assert.Null(error);
        Assert.Equal(IndicatorLibraryFiles.Shipped.Entries.Count, library!.Entries.Count);
    }

    [Fact]
    public void Add_from_merges_a_reports_indicators_into_the_given_library()
    {
        using var folder = new TempFolder();
        var start = folder.File("start.json", """
            {"schemaVersion": "1", "entries": [
              {"category": "output", "subcategory": "quantity", "name": "执法监察数量", "keywords": ["执法"], "basis": ["手写"]}
            ]}
            """);
        var output = folder.PathOf("merged.json");

        var result = Cli.Run("targets", "library", "--library", start, "--add-from", SharedFiles.SamplePath, "-o", output).ExpectExit(0).ExpectNoCrash();

        Assert.Equal([$"已写出指标库：{output}（共 15 个指标；读到报告中的指标 15 个，新增 14 个，其余并入已有条目）"], result.OutLines);
        var (merged, error) = IndicatorLibraryJson.Read(File.ReadAllText(output));
        Assert.Null(error);
        var first = merged!.Entries[0];
        Assert.Equal(["手写", "广州市天河区应急管理局2023年部门整体支出绩效目标表（tianhe-emergency-2023.txt）"], first.Basis);
        Assert.Equal("≥2000家", first.Form.Example);
        Assert.Equal(["执法"], first.Keywords);
        Assert.Contains(merged.Entries, e => e.Name == "控制森林火灾受害率" && e.Form.Example == "不发生较大以上的森林火灾");
    }

    [Fact]
    public void Add_from_without_output_is_a_usage_error()
    {
        var result = Cli.Run("targets", "library", "--add-from", "x.txt").ExpectExit(2).ExpectNoCrash();
        Assert.Equal(["--add-from 需要用 -o 指定写出的指标库文件"], result.ErrorLines);
    }

    [Fact]
    public void Bad_library_file_gives_one_chinese_line_with_its_line_number()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.json", "{\"schemaVersion\": \"1\", \"entries\": [\n  {\"category\": \"outputs\", \"name\": \"x\", \"basis\": [\"y\"]}\n]}");
        var result = Cli.Run("targets", "library", "--library", bad).ExpectExit(2).ExpectNoCrash();
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("bad.json：第 2 行（entries[0].category）：值无效或类型不对，应为一级指标", line, StringComparison.Ordinal);

        var missing = Cli.Run("targets", "library", "--library", folder.PathOf("none.json")).ExpectExit(2).ExpectNoCrash();
        Assert.Equal(["none.json：指标库文件无法读取（文件不存在）"], missing.ErrorLines);
    }
}
