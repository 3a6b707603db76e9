namespace Jixiao.Synthetic.Tests;

/// <summary>Every kind of injection occurs in a series with error rate 1, each changing the figure it names.</summary>
public sealed class InjectionTests
{
    [Fact]
    public void Every_injection_kind_is_used_and_changes_its_figure()
    {
        var injections = SyntheticReportGenerator.Generate(7, 200, errorRate: 1).SelectMany(r => r.Injections).ToArray();

        Assert.Equal(Enum.GetValues<InjectionKind>().Order(), injections.Select(i => i.Kind).Distinct().Order());
        Assert.All(injections, i => Assert.NotEqual(i.Original, i.Changed));
        Assert.All(injections, i => Assert.Equal(InjectionKinds.RuleIds(i.Kind), i.RuleIds));
    }
}
