using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests;

/// <summary>
/// The catalogue as a whole: permanent IDs, texts, docs pages, one test class per rule, and the engine's
/// handling of reading problems and rule profiles.
/// </summary>
public sealed partial class CatalogueTests
{
    private static string AuditSource => Path.Combine(SharedFiles.RepositoryRoot, "src", "Jixiao.Audit");

    public static TheoryData<string> DescriptorIds => new(RuleCatalogue.Descriptors.Select(d => d.Id));

    [Fact]
    public void Ids_are_unique_well_formed_and_numbered_by_category()
    {
        var ids = RuleCatalogue.Descriptors.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var descriptor in RuleCatalogue.Descriptors)
        {
            Assert.Matches(IdPattern(), descriptor.Id);
            Assert.Equal((int)descriptor.Category, descriptor.Id[2] - '0');
        }
    }

    [Fact]
    public void Every_rule_has_its_own_id()
    {
        var ids = RuleCatalogue.Rules.Select(r => r.Descriptor.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(RuleCatalogue.Rules, r => r.Descriptor.Category == RuleCategory.Reading);
    }

    [Fact]
    public void Rule_id_constants_are_the_catalogue()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(RuleCatalogue.Descriptors.Select(d => d.Id), constants);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_has_its_texts_in_rule_texts_json(string id)
    {
        var texts = RuleTextsJson();
        Assert.True(texts.TryGetValue(id, out var entry), $"{id} has no entry in rule-texts.json");
        var descriptor = RuleCatalogue.Find(id)!;
        foreach (var key in new[] { "title", "message", "expected" })
        {
            Assert.True(entry.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text), $"{id} has no {key}");
        }

        Assert.Equal(entry["title"], descriptor.Title);
        Assert.Equal(entry["message"], descriptor.MessageTemplate);
        Assert.Equal(entry["expected"], descriptor.ExpectedSentence);
        Assert.NotEmpty(MessageTemplates.Names(descriptor.MessageTemplate));
    }

    [Fact]
    public void Rule_texts_json_has_no_texts_for_unknown_rules() =>
        Assert.All(RuleTextsJson().Keys.Where(k => k != "common"), id => Assert.NotNull(RuleCatalogue.Find(id)));

    /// <summary>
    /// Each placeholder of a rule's message is an argument its code can fill: one the finding builders set
    /// (Findings.cs) or one the rule's own file or a helper in its folder names as <c>["Name"]</c>; reading problems
    /// are filled by the engine. The rule tests check rendered messages; this catches placeholders no fixture reaches.
    /// </summary>
    [Fact]
    public void Every_placeholder_is_one_the_rule_can_fill()
    {
        var common = ArgumentNames(Path.Combine(AuditSource, "Engine", "Findings.cs"));
        var unfillable = new List<string>();
        foreach (var rule in RuleCatalogue.Rules)
        {
            var folder = Path.Combine(AuditSource, "Rules", rule.Descriptor.Category.ToString());
            var file = Path.Combine(folder, rule.GetType().Name + ".cs");
            if (!File.Exists(file) && rule.GetType().Namespace!.EndsWith(".Scoring", StringComparison.Ordinal))
            {
                // Rules on the score sheet (JX3010–JX3017) live in Rules/Scoring.
                folder = Path.Combine(AuditSource, "Rules", "Scoring");
                file = Path.Combine(folder, rule.GetType().Name + ".cs");
            }

            Assert.True(File.Exists(file), $"{rule.Descriptor.Id}: {file} not found");
            var fillable = new HashSet<string>(common, StringComparer.Ordinal);
            fillable.UnionWith(ArgumentNames(file));
            foreach (var helper in Directory.GetFiles(folder, "*.cs").Where(f => !f.EndsWith("Rule.cs", StringComparison.Ordinal)))
            {
                fillable.UnionWith(ArgumentNames(helper));
            }

            unfillable.AddRange(MessageTemplates.Names(rule.Descriptor.MessageTemplate).Where(n => !fillable.Contains(n)).Select(n => $"{rule.Descriptor.Id}:{{{n}}}"));
        }

        var engine = ArgumentNames(Path.Combine(AuditSource, "Engine", "AuditEngine.cs"));
        foreach (var descriptor in RuleCatalogue.ReadingDescriptors)
        {
            unfillable.AddRange(MessageTemplates.Names(descriptor.MessageTemplate).Where(n => !engine.Contains(n)).Select(n => $"{descriptor.Id}:{{{n}}}"));
        }

        Assert.Empty(unfillable);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_has_a_docs_page_titled_with_its_id_and_title(string id)
    {
        var descriptor = RuleCatalogue.Find(id)!;
        var page = Path.Combine(SharedFiles.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.Equal($"# {id} {descriptor.Title}", File.ReadLines(page).First());
    }

    [Fact]
    public void Every_rule_has_exactly_one_test_class()
    {
        var testClasses = typeof(CatalogueTests).Assembly.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RuleTestBase<>))
            .ToLookup(t => t.BaseType!.GetGenericArguments()[0]);
        foreach (var rule in RuleCatalogue.Rules)
        {
            var classes = testClasses[rule.GetType()].ToArray();
            Assert.True(classes.Length == 1, $"{rule.Descriptor.Id} ({rule.GetType().Name}) has {classes.Length} test classes");
            var name = rule.GetType().Name;
            Assert.Equal($"{rule.Descriptor.Id}_{name[..^"Rule".Length]}Tests", classes[0].Name);
        }
    }

    [Fact]
    public void Engine_reports_a_reading_problem_as_a_finding_of_its_code()
    {
        var problem = new ReadingProblem(RuleIds.NotANumber, "表3“基本支出/人员经费”的实际支出“2,679.7六”不是数字",
            new SourceLocation("一、（四）", "表3", "基本支出/人员经费", "实际支出", "表3!G5", Line: 148));
        var result = new AuditEngine().Audit(new ReportBuilder().With(r => r with { ReadingProblems = [problem] }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("JX8005", finding.RuleId);
        Assert.Equal(problem.Message, finding.Message);
        Assert.Equal(problem.Location, finding.Location);
        Assert.Equal(RuleCatalogue.Find("JX8005")!.DefaultSeverity, finding.Severity);
    }

    [Fact]
    public void Engine_finds_nothing_in_an_empty_report() => Assert.Empty(new AuditEngine().Audit(new ReportBuilder()).Findings);

    [Fact]
    public void Default_profile_reports_an_unbalanced_row_as_an_error() =>
        Assert.Equal(Severity.Error, Assert.Single(Jx1003(new AuditEngine(), UnbalancedRow())).Severity);

    [Fact]
    public void Profile_turns_a_rule_off() => Assert.Empty(Jx1003(Engine("""{"rules":{"JX1003":"off"}}"""), UnbalancedRow()));

    [Fact]
    public void Profile_downgrades_a_rule_to_warning() =>
        Assert.Equal(Severity.Warning, Assert.Single(Jx1003(Engine("""{"rules":{"JX1003":"warning"}}"""), UnbalancedRow())).Severity);

    [Fact]
    public void Profile_leaves_rounding_only_findings_at_info() =>
        Assert.Equal(Severity.Info, Assert.Single(Jx1003(Engine("""{"rules":{"JX1003":"error"}}"""), RoundingRow())).Severity);

    [Fact]
    public void Profile_name_is_reported_with_the_result()
    {
        var (profile, _) = RuleProfile.Parse("""{"name":"天河区财政局","rules":{}}""");
        Assert.Equal("天河区财政局", new AuditEngine(profile!).Audit(new ReportBuilder()).Profile);
    }

    [Fact]
    public void Profile_rejects_an_unknown_rule_id_in_chinese()
    {
        var (profile, error) = RuleProfile.Parse("""{"rules":{"JX9999":"off"}}""");
        Assert.Null(profile);
        Assert.NotNull(error);
        Assert.Contains("JX9999", error, StringComparison.Ordinal);
        Assert.Matches(ChinesePattern(), error);
    }

    [Fact]
    public void Profile_rejects_an_invalid_level_in_chinese()
    {
        var (profile, error) = RuleProfile.Parse("""{"rules":{"JX1003":"fatal"}}""");
        Assert.Null(profile);
        Assert.NotNull(error);
        Assert.Contains("fatal", error, StringComparison.Ordinal);
        Assert.Matches(ChinesePattern(), error);
    }

    [Fact]
    public void Profile_rejects_invalid_json_in_chinese()
    {
        var (profile, error) = RuleProfile.Parse("{\"rules\":");
        Assert.Null(profile);
        Assert.Matches(ChinesePattern(), error!);
    }

    private static AuditEngine Engine(string json)
    {
        var (profile, error) = RuleProfile.Parse(json);
        Assert.Null(error);
        return new AuditEngine(profile!);
    }

    private static Finding[] Jx1003(AuditEngine engine, Report report) =>
        engine.Audit(report).Findings.Where(f => f.RuleId == RuleIds.AdjustedBudgetBalances).ToArray();

    /// <summary>Tianhe 2023 表3 森防办 基本支出合计: 403.52 + 0 − 146.83 ≠ 550.41.</summary>
    private static Report UnbalancedRow() =>
        WithRow(Rows.Basic("基本支出合计", BudgetLineKind.BasicTotal, "403.52", "0", "146.83", "550.41", "548.98", "99.74%", block: "森防办基本支出"));

    private static Report RoundingRow() =>
        WithRow(Rows.Basic("人员经费", BudgetLineKind.Personnel, "2752.9", "0", "58.52", "2694.37", "2679.76", "99.46%"));

    private static Report WithRow(BudgetRow row) =>
        new ReportBuilder().With(r => r with { BudgetTable = Rows.Table([new BudgetBlock("森防办基本支出", false, [row], null)]) });

    private static Dictionary<string, Dictionary<string, string>> RuleTextsJson() =>
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(Path.Combine(AuditSource, "Resources", "rule-texts.json")))!;

    private static HashSet<string> ArgumentNames(string file) =>
        new(ArgumentKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"^JX[1-9]\d{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\[""([A-Za-z][A-Za-z0-9]*)""\]")]
    private static partial Regex ArgumentKey();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChinesePattern();
}
