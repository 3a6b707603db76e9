using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Tests;

/// <summary>
/// Base of every rule's test class: runs one rule on a fixture and asserts on rule ID and arguments,
/// not on prose; every finding's message must have all its placeholders filled.
/// </summary>
public abstract class RuleTestBase<TRule>
    where TRule : IAuditRule, new()
{
    protected TRule Rule { get; } = new();

    protected IReadOnlyList<Finding> Run(Report report, AuditSettings? settings = null)
    {
        var findings = Rule.Check(report, settings ?? AuditSettings.Default).ToArray();
        foreach (var finding in findings)
        {
            Assert.Equal(Rule.Descriptor.Id, finding.RuleId);
            Assert.DoesNotMatch(@"\{[A-Za-z][A-Za-z0-9]*\}", finding.Message);
        }

        return findings;
    }

    /// <summary>Asserts exactly one finding, not within rounding, with the given arguments; returns it.</summary>
    protected Finding AssertSingleFinding(Report report, params (string Key, string Value)[] arguments)
    {
        var finding = Assert.Single(Run(report));
        Assert.False(finding.WithinRounding);
        Assert.Equal(Rule.Descriptor.DefaultSeverity, finding.Severity);
        foreach (var (key, value) in arguments)
        {
            Assert.True(finding.Arguments.TryGetValue(key, out var actual), $"argument {key} missing");
            Assert.Equal(value, actual);
        }

        return finding;
    }

    /// <summary>Asserts one finding that is only a rounding difference (info, withinRounding).</summary>
    protected Finding AssertRoundingOnly(Report report)
    {
        var finding = Assert.Single(Run(report));
        Assert.True(finding.WithinRounding);
        Assert.Equal(Severity.Info, finding.Severity);
        return finding;
    }

    protected void AssertNoFindings(Report report, AuditSettings? settings = null) => Assert.Empty(Run(report, settings));
}
