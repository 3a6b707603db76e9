using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic;

/// <summary>
/// One contradiction injected into a generated report: what kind, which rules should find it (<paramref name="RuleIds"/>, of
/// <paramref name="Category"/>), where the changed figure stands (section, table, row and column as the audit names them)
/// and the figure as composed and as changed, both as printed.
/// </summary>
public sealed record Injection(InjectionKind Kind, string Category, IReadOnlyList<string> RuleIds, SourceLocation Location, string Original, string Changed)
{
    public static Injection Of(InjectionKind kind, SourceLocation location, string original, string changed)
    {
        var rules = InjectionKinds.RuleIds(kind);
        return new Injection(kind, InjectionKinds.CategoryOf(rules[0]), rules, location, original, changed);
    }
}
