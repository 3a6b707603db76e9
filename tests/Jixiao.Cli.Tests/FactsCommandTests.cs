using System.Globalization;
using System.Text.Json;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao facts`: the key figures JSON and CSV of CONTRACTS.md.</summary>
public sealed class FactsCommandTests
{
    [Fact]
    public void Json_has_the_key_figures_of_the_sample()
    {
        var result = Cli.Run("facts", SharedFiles.SamplePath).ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();
        var root = json.RootElement;

        Assert.Equal("tianhe-emergency-2023.txt", root.GetProperty("file").GetString());
        Assert.Equal("department-self-evaluation-report", root.GetProperty("genre").GetString());
        Assert.Equal("广州市天河区应急管理局", root.GetProperty("department").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal("万元", root.GetProperty("unit").GetString());

        var revenue = root.GetProperty("revenue");
        Assert.Equal(3916.29m, revenue.GetProperty("initial").GetDecimal());
        Assert.Equal(4171.75m, revenue.GetProperty("adjusted").GetDecimal());
        Assert.Equal(4051.74m, revenue.GetProperty("final").GetDecimal());

        var expenditure = root.GetProperty("expenditure");
        Assert.Equal(3916.29m, expenditure.GetProperty("initial").GetDecimal());
        Assert.Equal(4171.75m, expenditure.GetProperty("adjusted").GetDecimal());
        Assert.Equal(4045.94m, expenditure.GetProperty("actual").GetDecimal());
        Assert.Equal(96.98m, expenditure.GetProperty("executionRate").GetDecimal());

        Assert.Equal(2923.96m, root.GetProperty("basic").GetProperty("actual").GetDecimal());
        Assert.Equal(1121.99m, root.GetProperty("project").GetProperty("actual").GetDecimal());

        var projects = root.GetProperty("projects").EnumerateArray().ToArray();
        Assert.Equal(32, projects.Length);
        Assert.Equal(229.6445m, projects[0].GetProperty("actual").GetDecimal());
        Assert.Equal("应急指挥救援科", projects[0].GetProperty("unit").GetString());
        Assert.All(projects, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("name").GetString())));

        var indicators = root.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(15, indicators.Length);
        Assert.All(indicators, i =>
        {
            foreach (var name in new[] { "level1", "level2", "name", "target", "actual", "weight", "score" })
            {
                Assert.True(i.TryGetProperty(name, out _), $"indicator without {name}");
            }
        });

        var item = root.GetProperty("score").GetProperty("items")[0];
        Assert.Equal("整体效能", item.GetProperty("name").GetString());
        Assert.Equal(18.43m, item.GetProperty("stated").GetDecimal());
        Assert.Equal(20m, item.GetProperty("max").GetDecimal());
    }

    [Fact]
    public void Amounts_are_json_numbers_converted_exactly_from_yuan()
    {
        var result = Cli.Run("facts", SharedFiles.SamplePath).ExpectExit(0);
        using var json = result.Json();

        // 表3 prints project figures in 元: 2,296,445.00 元 is 229.6445 万元, never rounded.
        var first = json.RootElement.GetProperty("projects")[0];
        Assert.Equal(JsonValueKind.Number, first.GetProperty("actual").ValueKind);
        Assert.Equal("229.6445", first.GetProperty("actual").GetRawText());
    }

    [Fact]
    public void Csv_has_the_header_and_one_row_per_input()
    {
        var result = Cli.Run("facts", SharedFiles.SamplePath, "--format", "csv").ExpectExit(0).ExpectNoCrash();

        var rows = CsvReader.Parse(result.Out);
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        Assert.Equal(["file", "genre", "department", "year"], header[..4]);
        foreach (var column in new[] { "unit", "revenue.initial", "revenue.adjusted", "revenue.final", "expenditure.initial", "expenditure.adjusted",
                     "expenditure.actual", "expenditure.executionRate", "basic.actual", "project.actual", "projects.count", "indicators.count",
                     "score.stated" })
        {
            Assert.Contains(column, header);
        }

        Assert.Equal(header.Distinct().Count(), header.Length);
        var row = rows[1];
        Assert.Equal(header.Length, row.Length);
        string Cell(string column) => row[Array.IndexOf(header, column)];
        Assert.Equal("tianhe-emergency-2023.txt", Cell("file"));
        Assert.Equal("万元", Cell("unit"));
        Assert.Equal(3916.29m, decimal.Parse(Cell("revenue.initial"), CultureInfo.InvariantCulture));
        Assert.Equal(4045.94m, decimal.Parse(Cell("expenditure.actual"), CultureInfo.InvariantCulture));
        Assert.Equal("32", Cell("projects.count"));
        Assert.Equal("15", Cell("indicators.count"));
    }

    [Fact]
    public void Ndjson_is_one_object_per_line_per_input()
    {
        var sample = SharedFiles.SamplePath;

        var result = Cli.Run("facts", sample, sample, "--format", "ndjson").ExpectExit(0);

        Assert.Equal(2, result.OutLines.Length);
        Assert.All(result.OutLines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(3916.29m, json.RootElement.GetProperty("revenue").GetProperty("initial").GetDecimal());
        });
    }

    [Fact]
    public void Synthetic_report_facts_and_csv_without_shared_files()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        using var json = Cli.Run("facts", report).ExpectExit(0).ExpectNoCrash().Json();
        var csv = CsvReader.Parse(Cli.Run("facts", report, "--format", "csv").ExpectExit(0).Out);

        var root = json.RootElement;
        Assert.Equal(SyntheticReport.Department, root.GetProperty("department").GetString());
        Assert.Equal(150m, root.GetProperty("revenue").GetProperty("initial").GetDecimal());
        Assert.Equal(155m, root.GetProperty("expenditure").GetProperty("actual").GetDecimal());
        Assert.Equal(105m, root.GetProperty("basic").GetProperty("actual").GetDecimal());
        Assert.Equal(2, root.GetProperty("projects").GetArrayLength());
        Assert.Equal(5, root.GetProperty("indicators").GetArrayLength());
        Assert.Equal(2, csv.Count);
        Assert.Equal("2", csv[1][Array.IndexOf(csv[0], "projects.count")]);
    }

    [Fact]
    public void Missing_input_beside_a_readable_one_gives_exit_2_and_the_readable_facts()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        var result = Cli.Run("facts", folder.PathOf("gone.txt"), report).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["gone.txt：文件不存在"], result.ErrorLines);
        using var json = result.Json();
        Assert.Equal("clean.txt", json.RootElement.GetProperty("file").GetString());
    }
}
