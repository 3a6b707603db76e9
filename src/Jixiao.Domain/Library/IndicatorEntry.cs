using System.Text.Json.Serialization;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// One indicator of the library (指标库条目): where it sits (一级/二级指标), its name and definition (指标解释), the usual
/// form of its target, the evidence that proves it (佐证材料), the words of the functions and projects it suits
/// (适用关键词), where it comes from (依据) and further target values seen (示例).
/// </summary>
public sealed record IndicatorEntry
{
    /// <summary>A stable identifier; by default "category:name" (<see cref="DefaultId"/>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>一级指标.</summary>
    public required IndicatorCategory Category { get; init; }

    /// <summary>二级指标; null when the entry does not fix one.</summary>
    public IndicatorSubcategory? Subcategory { get; init; }

    /// <summary>三级指标名称.</summary>
    public required string Name { get; init; }

    /// <summary>指标解释: what is counted, or the formula.</summary>
    public string? Definition { get; init; }

    /// <summary>The usual form of the target (常用指标值形式).</summary>
    public TargetForm Form { get; init; } = new();

    /// <summary>数据来源/佐证材料.</summary>
    public string? Evidence { get; init; }

    /// <summary>Words of the functions, key tasks or project types the indicator suits (执法, 培训, 森林防火 …).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>依据: the rule, framework or report the entry comes from.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Further target values seen or suggested, besides <see cref="TargetForm.Example"/>.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>The identity used to find and merge entries.</summary>
    [JsonIgnore]
    public LibraryKey Key => LibraryKey.Of(Category, Subcategory, Name);

    /// <summary>The category that counts for coverage: 成本指标 also when filed under 产出指标.</summary>
    [JsonIgnore]
    public IndicatorCategory EffectiveCategory => Key.Category;

    /// <summary>"output:执法监察数量".</summary>
    public static string DefaultId(IndicatorCategory category, string name) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString()) + ":" + name.Trim();

    /// <summary>
    /// This entry with what <paramref name="other"/> (the same indicator) adds: fields this entry leaves empty, and the
    /// keywords, basis and examples it does not have yet. This entry's own fields win.
    /// </summary>
    public IndicatorEntry MergedWith(IndicatorEntry other)
    {
        var form = Form.IsUnknown ? other.Form : Form;
        string?[] otherExamples = [other.Form.IsUnknown ? null : other.Form.Example, .. other.Examples];
        return this with
        {
            Subcategory = Subcategory ?? other.Subcategory,
            Definition = Definition ?? other.Definition,
            Form = form,
            Evidence = Evidence ?? other.Evidence,
            Keywords = Union(Keywords, other.Keywords),
            Basis = Union(Basis, other.Basis),
            Examples = [.. Union(Examples, otherExamples.OfType<string>()).Where(e => e != form.Example)],
        };
    }

    private static IReadOnlyList<string> Union(IEnumerable<string> first, IEnumerable<string> second) =>
        [.. first.Concat(second).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)];
}
