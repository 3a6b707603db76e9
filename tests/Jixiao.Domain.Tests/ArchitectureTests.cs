using System.Reflection;

namespace Jixiao.Domain.Tests;

/// <summary>The dependency rule: the domain references nothing but the BCL (no IO-bound packages, no other Jixiao project).</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void The_domain_references_only_the_base_class_library()
    {
        var references = typeof(Jixiao.Domain.Reports.Report).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"Jixiao.Domain references {name}"));
    }

    [Theory]
    [InlineData("Jixiao.Audit", new[] { "Jixiao.Domain" })]
    [InlineData("Jixiao.Documents", new[] { "Jixiao.Domain" })]
    [InlineData("Jixiao.Synthetic", new[] { "Jixiao.Domain", "Jixiao.Documents" })]
    public void Libraries_reference_the_domain_and_no_other_jixiao_project(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Jixiao", StringComparison.Ordinal));
        Assert.All(references, name => Assert.Contains(name, allowed));
    }
}
