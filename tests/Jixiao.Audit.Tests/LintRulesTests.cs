using Jixiao.Audit.Engine;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests;

/// <summary>The indicator lint's rules: the declaration-quality rules of the catalogue, never the scoring or arithmetic ones.</summary>
public sealed class LintRulesTests
{
    [Fact]
    public void The_lint_is_the_indicator_rules_that_judge_declared_targets()
    {
        var ids = LintRules.Descriptors.Select(d => d.Id).ToArray();

        Assert.Equal(["JX3005", "JX3006", "JX3007", "JX3008", "JX3009", "JX4002", "JX4004"], ids.Where(id => string.CompareOrdinal(id, "JX3018") < 0 || id.StartsWith("JX4", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(ids.Where(id => id.StartsWith("JX3", StringComparison.Ordinal) && string.CompareOrdinal(id, "JX3018") >= 0), id => Assert.Equal(RuleCategory.Indicators, RuleCatalogue.Find(id)!.Category));
        Assert.False(LintRules.Contains("JX3010"));
        Assert.False(LintRules.Contains("JX8004"));
    }

    [Fact]
    public void Only_lint_findings_are_kept()
    {
        var findings = LintRules.Of(new AuditEngine().Audit(BundledSample.Report));

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(LintRules.Contains(f.RuleId), f.RuleId));
    }
}
