using System.Globalization;
using System.Text.Json;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao audit`: text, JSON, NDJSON and CSV of CONTRACTS.md, exit codes, profiles, failing inputs.</summary>
public sealed class AuditCommandTests
{
    private const string SampleName = "tianhe-emergency-2023.txt";

    private static readonly string[] CsvHeader =
        ["file", "genre", "department", "year", "ruleId", "severity", "withinRounding", "title", "message",
         "section", "table", "row", "column", "cell", "line", "page", "expected", "actual", "difference"];

    // ---- the sample --------------------------------------------------------------------------------------

    [Fact]
    public void Text_output_names_the_file_and_ends_with_the_totals()
    {
        var result = Cli.Run("audit", SharedFiles.SamplePath).ExpectExit(0).ExpectNoCrash();

        Assert.StartsWith(SampleName, result.OutLines[0]);
        Assert.Contains("广州市天河区应急管理局", result.OutLines[0]);
        Assert.Contains("合计：错误", result.OutLines[^1]);
        Assert.Contains("JX1003", result.Out);
    }

    [Fact]
    public void Json_output_has_the_contract_fields()
    {
        var result = Cli.Run("audit", SharedFiles.SamplePath, "--format", "json").ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(SampleName, root.GetProperty("file").GetString());
        Assert.Equal("department-self-evaluation-report", root.GetProperty("genre").GetString());
        Assert.Equal("广州市天河区应急管理局", root.GetProperty("department").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal("default", root.GetProperty("profile").GetString());
        Assert.True(root.TryGetProperty("scheme", out _), "scheme is part of the contract (null when not given)");

        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, AssertFindingShape);

        var summary = root.GetProperty("summary");
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "error"), summary.GetProperty("errors").GetInt32());
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "warning"), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "info"), summary.GetProperty("infos").GetInt32());
        Assert.True(summary.GetProperty("errors").GetInt32() > 0);
    }

    [Fact]
    public void Json_output_reports_the_unbalanced_adjustment_of_the_forest_fire_office()
    {
        var result = Cli.Run("audit", SharedFiles.SamplePath, "--format", "json").ExpectExit(0);
        using var json = result.Json();

        var finding = json.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "JX1003"
                && f.GetProperty("location").GetProperty("row").GetString()!.Contains("森防办", StringComparison.Ordinal));

        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.False(finding.GetProperty("withinRounding").GetBoolean());
        var location = finding.GetProperty("location");
        Assert.Equal("表3", location.GetProperty("table").GetString());
        Assert.Equal("调整后预算数", location.GetProperty("column").GetString());
        Assert.StartsWith("表3!", location.GetProperty("cell").GetString());
        Assert.Equal(164, location.GetProperty("line").GetInt32());
        var values = finding.GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal(["403.52", "0", "146.83", "550.41"], values.Select(v => v.GetProperty("text").GetString()));
        Assert.All(values, v => Assert.Equal("元", v.GetProperty("unit").GetString()));
        Assert.Equal(4_035_200m, decimal.Parse(values[0].GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(5_504_100m, decimal.Parse(values[3].GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("256.69", finding.GetProperty("expected").GetString());
        Assert.Equal("550.41", finding.GetProperty("actual").GetString());
        Assert.Equal("293.72", finding.GetProperty("difference").GetString());
        Assert.Contains("森防办", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Ndjson_output_is_one_object_per_line_per_input()
    {
        var sample = SharedFiles.SamplePath;

        var result = Cli.Run("audit", sample, sample, "--format", "ndjson").ExpectExit(0);

        Assert.Equal(2, result.OutLines.Length);
        foreach (var line in result.OutLines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
            Assert.Equal(SampleName, json.RootElement.GetProperty("file").GetString());
            Assert.NotEmpty(json.RootElement.GetProperty("findings").EnumerateArray());
        }
    }

    [Fact]
    public void Json_output_of_several_inputs_is_an_array()
    {
        var sample = SharedFiles.SamplePath;

        using var json = Cli.Run("audit", sample, sample, "--format", "json").ExpectExit(0).Json();

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Csv_output_has_the_contract_header_and_one_row_per_finding()
    {
        var sample = SharedFiles.SamplePath;
        using var json = Cli.Run("audit", sample, "--format", "json").Json();
        var findings = json.RootElement.GetProperty("findings").GetArrayLength();

        var result = Cli.Run("audit", sample, "--format", "csv").ExpectExit(0);

        var rows = CsvReader.Parse(result.Out);
        Assert.Equal("file,genre,department,year,ruleId,severity,withinRounding,title,message,section,table,row,column,cell,line,page,expected,actual,difference",
            result.OutLines[0]);
        Assert.Equal(CsvHeader, rows[0]);
        Assert.Equal(findings, rows.Count - 1);
        Assert.All(rows.Skip(1), r =>
        {
            Assert.Equal(CsvHeader.Length, r.Length);
            Assert.Equal(SampleName, r[0]);
            Assert.Equal("department-self-evaluation-report", r[1]);
            Assert.Equal("2023", r[3]);
            Assert.Contains(r[5], new[] { "error", "warning", "info" });
            Assert.Contains(r[6], new[] { "true", "false" });
        });
        var forest = rows.Single(r => r[4] == "JX1003" && r[11].Contains("森防办", StringComparison.Ordinal));
        Assert.Equal(["256.69", "550.41", "293.72"], forest[16..19]);
        Assert.Equal("164", forest[14]);
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--fail-on", "never" }, 0)]
    [InlineData(new[] { "--fail-on", "error" }, 1)]
    [InlineData(new[] { "--fail-on", "warning" }, 1)]
    public void Exit_code_follows_fail_on(string[] options, int expected)
    {
        var result = Cli.Run(["audit", SharedFiles.SamplePath, .. options]);

        result.ExpectExit(expected).ExpectNoCrash();
        Assert.Contains("合计：错误", result.Out);
    }

    [Fact]
    public void Unreadable_input_beside_the_sample_gives_exit_2_one_line_naming_it_and_the_sample_result()
    {
        using var folder = new TempFolder();
        var empty = folder.File("空文件.txt", string.Empty);

        var result = Cli.Run("audit", SharedFiles.SamplePath, empty).ExpectExit(2).ExpectNoCrash();

        var line = Assert.Single(result.ErrorLines, l => l.Contains("空文件.txt", StringComparison.Ordinal));
        Assert.StartsWith("空文件.txt：", line);
        Assert.Contains("文件为空", line);
        Assert.StartsWith(SampleName, result.OutLines[0]);
        Assert.Contains("合计：错误", result.Out);
        Assert.DoesNotContain("空文件.txt", result.Out);
    }

    [Fact]
    public void Unreadable_input_does_not_hide_the_sample_from_json_output()
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt", string.Empty);

        var result = Cli.Run("audit", empty, SharedFiles.SamplePath, "--format", "json", "--fail-on", "error").ExpectExit(2);

        using var json = result.Json();
        var documents = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToArray() : [json.RootElement];
        Assert.Equal(SampleName, Assert.Single(documents).GetProperty("file").GetString());
        Assert.Single(result.ErrorLines, l => l.StartsWith("empty.txt：", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_input_gives_exit_2_and_one_line_saying_so()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("audit", folder.PathOf("没有这个文件.txt")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["没有这个文件.txt：文件不存在"], result.ErrorLines);
        Assert.Empty(result.Out.Trim());
    }

    // ---- profiles ----------------------------------------------------------------------------------------

    [Fact]
    public void Profile_turning_JX1003_off_removes_its_findings()
    {
        using var folder = new TempFolder();
        var profile = folder.File("jixiao.rules.json", """{"name": "no-jx1003", "rules": {"JX1003": "off"}}""");
        var sample = SharedFiles.SamplePath;
        using var before = Cli.Run("audit", sample, "--format", "json").Json();

        var result = Cli.Run("audit", sample, "--format", "json", "--profile", profile).ExpectExit(0).ExpectNoCrash();

        using var after = result.Json();
        Assert.Contains(RuleIds(before), id => id == "JX1003");
        Assert.DoesNotContain(RuleIds(after), id => id == "JX1003");
        Assert.Equal(RuleIds(before).Where(id => id != "JX1003").Order(), RuleIds(after).Order());
        Assert.Equal("no-jx1003", after.RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public void Profile_changing_a_severity_changes_the_exit_code()
    {
        using var folder = new TempFolder();
        var report = folder.File("unbalanced.txt", SyntheticReport.WithUnbalancedAdjustment);
        using var json = Cli.Run("audit", report, "--format", "json").Json();
        var ids = RuleIds(json).Distinct().ToArray();
        var allInfo = "{\"rules\": {" + string.Join(", ", ids.Select(id => $"\"{id}\": \"info\"")) + "}}";
        var profile = folder.File("all-info.json", allInfo);

        Cli.Run("audit", report, "--fail-on", "error").ExpectExit(1);
        Cli.Run("audit", report, "--fail-on", "warning", "--profile", profile).ExpectExit(0).ExpectNoCrash();
    }

    [Theory]
    [InlineData("{\"rules\": {\"JX1003\": ", "规则配置")]
    [InlineData("这不是 JSON", "规则配置")]
    [InlineData("""{"rules": {"JX9999": "off"}}""", "JX9999")]
    [InlineData("""{"rules": {"JX1003": "fatal"}}""", "fatal")]
    [InlineData("null", "规则配置")]
    public void Invalid_profile_gives_exit_2_and_a_Chinese_message_naming_it(string content, string expected)
    {
        using var folder = new TempFolder();
        var profile = folder.File("bad-profile.json", content);
        var sample = SharedFiles.SamplePath;

        var result = Cli.Run("audit", sample, "--profile", profile).ExpectExit(2).ExpectNoCrash();

        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("bad-profile.json：", line);
        Assert.Contains(expected, line);
        Assert.Contains("规则", line);
        Assert.Empty(result.Out.Trim());
    }

    [Fact]
    public void Missing_profile_gives_exit_2_and_a_Chinese_message_naming_it()
    {
        using var folder = new TempFolder();
        using var reportFolder = new TempFolder();
        var report = reportFolder.File("report.txt", SyntheticReport.Clean);

        var result = Cli.Run("audit", report, "--profile", folder.PathOf("missing-profile.json")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["missing-profile.json：规则配置文件不存在"], result.ErrorLines);
    }

    // ---- synthetic reports (run without ../shared) --------------------------------------------------------

    [Fact]
    public void Clean_synthetic_report_has_no_findings_and_passes_fail_on_warning()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        var result = Cli.Run("audit", report, "--format", "json", "--fail-on", "warning").ExpectExit(0).ExpectNoCrash();

        using var json = result.Json();
        Assert.Equal("clean.txt", json.RootElement.GetProperty("file").GetString());
        Assert.Equal(SyntheticReport.Department, json.RootElement.GetProperty("department").GetString());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Empty(result.Error.Trim());
    }

    [Fact]
    public void Unbalanced_synthetic_report_is_found_and_fails_on_error()
    {
        using var folder = new TempFolder();
        var report = folder.File("unbalanced.txt", SyntheticReport.WithUnbalancedAdjustment);

        var result = Cli.Run("audit", report, "--format", "json", "--fail-on", "error").ExpectExit(1).ExpectNoCrash();

        using var json = result.Json();
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "JX1003");
        Assert.Equal(["80.00", "10.00", "0", "95.00"], finding.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("text").GetString()));
        Assert.Equal("基本支出/人员经费", finding.GetProperty("location").GetProperty("row").GetString());
        Assert.Equal("90.00", finding.GetProperty("expected").GetString());
        Assert.Equal("95.00", finding.GetProperty("actual").GetString());
    }

    [Fact]
    public void Scheme_is_recorded_in_the_json()
    {
        using var folder = new TempFolder();
        var report = folder.File("clean.txt", SyntheticReport.Clean);

        using var without = Cli.Run("audit", report, "--format", "json").ExpectExit(0).Json();
        using var with = Cli.Run("audit", report, "--format", "json", "--scheme", "guangdong-department").ExpectExit(0).Json();

        Assert.Equal(JsonValueKind.Null, without.RootElement.GetProperty("scheme").ValueKind);
        Assert.Equal("guangdong-department", with.RootElement.GetProperty("scheme").GetString());
    }

    [Fact]
    public void Folder_input_processes_every_file_even_when_some_fail()
    {
        using var folder = new TempFolder();
        folder.File("a-clean.txt", SyntheticReport.Clean);
        folder.File("b-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        folder.File("c-unbalanced.txt", SyntheticReport.WithUnbalancedAdjustment);

        var result = Cli.Run("audit", folder.Path, "--format", "ndjson").ExpectExit(2).ExpectNoCrash();

        // A folder as NDJSON is a batch: records as files finish, the unreadable one as a record with its error.
        var records = result.OutLines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return (File: json.RootElement.GetProperty("file").GetString(), Error: json.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null);
        }).OrderBy(r => r.File, StringComparer.Ordinal).ToArray();
        Assert.Equal(["a-clean.txt", "b-binary.txt", "c-unbalanced.txt"], records.Select(r => r.File));
        Assert.Equal([false, true, false], records.Select(r => r.Error is not null));
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("b-binary.txt：", line);
    }

    [Fact]
    public void Reading_problems_go_to_stderr_naming_the_file()
    {
        using var folder = new TempFolder();
        var report = folder.File("news.txt", "天河区开展安全生产月活动\n\n6月1日，天河区举行安全生产月启动仪式。\n");

        var result = Cli.Run("audit", report, "--format", "json").ExpectExit(0).ExpectNoCrash();

        using var json = result.Json();
        Assert.Equal("unknown", json.RootElement.GetProperty("genre").GetString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith("news.txt：", StringComparison.Ordinal) && l.Contains("JX8003", StringComparison.Ordinal));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static string?[] RuleIds(JsonDocument json) =>
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToArray();

    private static void AssertFindingShape(JsonElement finding)
    {
        Assert.Matches("^JX[0-9]{4}$", finding.GetProperty("ruleId").GetString());
        Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        Assert.Contains(finding.GetProperty("withinRounding").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        AssertLocation(finding.GetProperty("location"));
        foreach (var name in new[] { "expected", "actual", "difference" })
        {
            Assert.Contains(finding.GetProperty(name).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }

        Assert.Equal(JsonValueKind.Array, finding.GetProperty("values").ValueKind);
        foreach (var value in finding.GetProperty("values").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, value.GetProperty("label").ValueKind);
            Assert.False(string.IsNullOrEmpty(value.GetProperty("text").GetString()));
            Assert.Equal(JsonValueKind.String, value.GetProperty("value").ValueKind);
            Assert.True(decimal.TryParse(value.GetProperty("value").GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                $"value {value.GetProperty("value")} is not an exact decimal string");
            Assert.Equal(JsonValueKind.String, value.GetProperty("unit").ValueKind);
            AssertLocation(value.GetProperty("location"));
        }
    }

    private static void AssertLocation(JsonElement location)
    {
        Assert.Equal(JsonValueKind.Object, location.ValueKind);
        foreach (var name in new[] { "section", "table", "row", "column", "cell" })
        {
            Assert.Contains(location.GetProperty(name).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        }

        Assert.Contains(location.GetProperty("line").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        Assert.Contains(location.GetProperty("page").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
    }

    [Fact]
    public void Several_inputs_get_one_progress_line_each_and_a_summary()
    {
        using var folder = new TempFolder();
        var clean = folder.File("clean.txt", SyntheticReport.Clean);
        var broken = folder.File("broken.txt", SyntheticReport.WithUnbalancedAdjustment);
        var result = Cli.Run("audit", clean, broken, "--format", "csv").ExpectExit(ExitCodes.Success).ExpectNoCrash();
        Assert.Equal(3, result.ProgressLines.Length);
        Assert.StartsWith("[1/2] clean.txt：部门整体支出绩效自评报告，错误 0", result.ProgressLines[0], StringComparison.Ordinal);
        Assert.StartsWith("[2/2] broken.txt：", result.ProgressLines[1], StringComparison.Ordinal);
        Assert.StartsWith("共 2 个文件：读取 2 个，无法读取 0 个；发现合计：错误 ", result.ProgressLines[2], StringComparison.Ordinal);
    }
}
