using Jixiao.Domain.Library;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Library;

/// <summary>Lookup and merging: one entry per indicator (level-1 category and normalised name).</summary>
public sealed class IndicatorLibraryTests
{
    private static IndicatorEntry Entry(IndicatorCategory category, IndicatorSubcategory? subcategory, string name, string basis, params string[] keywords) =>
        new() { Category = category, Subcategory = subcategory, Name = name, Basis = [basis], Keywords = keywords };

    [Fact]
    public void Merging_the_same_indicator_unions_keywords_basis_and_examples_and_keeps_the_first_fields()
    {
        var library = new IndicatorLibrary([
            Entry(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "足额保障率（参保率）", "甲", "参保") with { Definition = "已有的解释" },
        ]);
        var merged = library.Merge([
            Entry(IndicatorCategory.Benefit, null, "足额保障率 (参保率)", "乙", "参保", "社会保险") with
            {
                Definition = "另一种解释",
                Form = TargetForm.Of(TargetParser.Parse("=100%")),
            },
            Entry(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "足额保障率（参保率）", "丙") with { Form = TargetForm.Of(TargetParser.Parse("≥95%")) },
        ]);

        var entry = Assert.Single(merged.Entries);
        Assert.Equal("已有的解释", entry.Definition);
        Assert.Equal(IndicatorSubcategory.Social, entry.Subcategory);
        Assert.Equal(["参保", "社会保险"], entry.Keywords);
        Assert.Equal(["甲", "乙", "丙"], entry.Basis);
        Assert.Equal("=100%", entry.Form.Example);
        Assert.Equal(["≥95%"], entry.Examples);
        Assert.Same(entry, merged.Find(IndicatorCategory.Benefit, null, "足额保障率(参保率)"));
    }

    [Fact]
    public void A_cost_indicator_under_output_is_the_same_as_one_at_level_one()
    {
        var library = new IndicatorLibrary([Entry(IndicatorCategory.Cost, null, "“三公”经费控制率", "甲")])
            .Merge([Entry(IndicatorCategory.Output, IndicatorSubcategory.Cost, "三公经费控制率", "乙")]);
        Assert.Equal(["甲", "乙"], Assert.Single(library.Entries).Basis);
    }

    [Fact]
    public void Different_categories_are_different_indicators_and_ids_stay_unique()
    {
        var library = new IndicatorLibrary([
            Entry(IndicatorCategory.Output, null, "培训", "甲"),
            Entry(IndicatorCategory.Benefit, null, "培训", "乙"),
            Entry(IndicatorCategory.Output, null, "培训人次", "丙") with { Id = "output:培训" },
        ]);
        Assert.Equal(["output:培训", "benefit:培训", "output:培训#2"], library.Entries.Select(e => e.Id));
        Assert.Equal("丙", library["output:培训#2"]!.Basis[0]);
    }
}
