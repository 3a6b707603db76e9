using Jixiao.Domain.Library;
using Jixiao.Domain.Targets;

namespace Jixiao.Cli.Rendering;

/// <summary>The indicator library as text: by level-1 category, one block per entry.</summary>
public static class LibraryRenderer
{
    public static void Text(TextWriter output, IndicatorLibrary library)
    {
        output.WriteLine($"{library.Title ?? "指标库"}：{library.Entries.Count} 个指标");
        foreach (var group in library.Entries.GroupBy(e => e.EffectiveCategory).OrderBy(g => g.Key))
        {
            output.WriteLine();
            output.WriteLine($"{IndicatorNames.Category(group.Key)}（{group.Count()} 个）");
            foreach (var entry in group)
            {
                output.WriteLine($"  {entry.Name}　{Place(entry)}；{entry.Form.Describe()}");
                Line(output, "指标解释", entry.Definition);
                Line(output, "佐证材料", entry.Evidence);
                Line(output, "适用关键词", entry.Keywords.Count == 0 ? null : string.Join("、", entry.Keywords));
                Line(output, "其他指标值", entry.Examples.Count == 0 ? null : string.Join("、", entry.Examples));
                Line(output, "依据", string.Join("；", entry.Basis));
            }
        }
    }

    /// <summary>"产出指标/数量指标", or the level-1 name alone when the entry fixes no level 2.</summary>
    public static string Place(IndicatorEntry entry) => entry.Subcategory is { } sub && !(sub == IndicatorSubcategory.Cost && entry.Category == IndicatorCategory.Cost)
        ? $"{IndicatorNames.Category(entry.Category)}/{IndicatorNames.Subcategory(sub)}"
        : IndicatorNames.Category(entry.Category);

    private static void Line(TextWriter output, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            output.WriteLine($"    {label}：{text}");
        }
    }
}
