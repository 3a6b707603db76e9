using System.Reflection;
using System.Text.Json;
using Jixiao.Audit.Engine;
using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao extract` (the model JSON) and `jixiao rules` (the catalogue).</summary>
public sealed class ExtractAndRulesCommandTests
{
    [Fact]
    public void Extract_gives_the_model_with_schema_version_and_all_projects()
    {
        var result = Cli.Run("extract", SharedFiles.SamplePath).ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();

        Assert.Equal("1", json.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("广州市天河区应急管理局", json.RootElement.GetProperty("department").GetString());
        Assert.Equal(32, json.RootElement.GetProperty("budgetTable").GetProperty("projects").GetArrayLength());
    }

    [Fact]
    public void Extracted_model_audits_like_the_text_it_came_from()
    {
        using var folder = new TempFolder();
        var text = folder.File("unbalanced.txt", SyntheticReport.WithUnbalancedAdjustment);
        var extracted = Cli.Run("extract", text).ExpectExit(0).ExpectNoCrash();
        var model = folder.File("unbalanced.model.json", extracted.Out);

        using var fromText = Cli.Run("audit", text, "--format", "json").ExpectExit(0).Json();
        using var fromModel = Cli.Run("audit", model, "--format", "json").ExpectExit(0).ExpectNoCrash().Json();

        Assert.Equal(SyntheticReport.Department, fromModel.RootElement.GetProperty("department").GetString());
        Assert.Equal(Ids(fromText), Ids(fromModel));
        Assert.Contains("JX1003", Ids(fromModel));
    }

    [Fact]
    public void Extract_of_a_missing_file_gives_exit_2_and_one_line()
    {
        using var folder = new TempFolder();

        var result = Cli.Run("extract", folder.PathOf("none.txt")).ExpectExit(2).ExpectNoCrash();

        Assert.Equal(["none.txt：文件不存在"], result.ErrorLines);
        Assert.Empty(result.Out.Trim());
    }

    [Fact]
    public void Rules_json_lists_every_rule_id_with_its_docs_path()
    {
        var result = Cli.Run("rules", "--format", "json").ExpectExit(0).ExpectNoCrash();
        using var json = result.Json();
        var rules = json.RootElement.EnumerateArray().ToArray();

        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        Assert.Equal(AllRuleIds().Order(), ids.Order());
        Assert.All(rules, r =>
        {
            var id = r.GetProperty("id").GetString();
            Assert.Equal($"docs/rules/{id}.md", r.GetProperty("docs").GetString());
            Assert.Contains(r.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString()));
        });
    }

    [Fact]
    public void Rules_text_lists_every_rule_id()
    {
        var result = Cli.Run("rules").ExpectExit(0).ExpectNoCrash();

        Assert.All(AllRuleIds(), id => Assert.Contains(id, result.Out));
    }

    private static string[] AllRuleIds() =>
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    private static string?[] Ids(JsonDocument json) =>
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Order().ToArray();
}
