using Jixiao.Documents.Library;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Library;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;

namespace Jixiao.Domain.Tests.Library;

/// <summary>
/// The shipped library (library/indicators.json) holds every distinct indicator of the sample and of the corpus, each
/// with its category, form and basis, and merging those reports into it again changes nothing (the seed is reproducible).
/// </summary>
public sealed class ShippedLibraryTests
{
    private static IndicatorLibrary Shipped => IndicatorLibraryFiles.Shipped;

    /// <summary>The sample and every corpus file that the loader reads.</summary>
    private static IReadOnlyList<Report> SharedReports()
    {
        var files = new List<string> { SharedFiles.SamplePath };
        var corpus = Path.Combine(SharedFiles.Root, "corpus");
        if (!Directory.Exists(corpus))
        {
            ExternalRequirement.Missing("../shared/corpus（共享的真实报告）");
        }

        files.AddRange(Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal));
        var loader = new ReportLoader();
        return [.. files.Select(f => loader.Load(f).Report).OfType<Report>()];
    }

    [Fact]
    public void Every_indicator_of_the_sample_and_the_corpus_is_in_the_library_with_category_form_and_basis()
    {
        var reports = SharedReports();
        var indicators = reports.SelectMany(LibraryHarvest.IndicatorsOf).Where(i => !string.IsNullOrWhiteSpace(i.Name)).ToList();
        Assert.True(reports.Count(r => LibraryHarvest.IndicatorsOf(r).Any()) >= 3, "the sample and at least two corpus files yield indicators");
        Assert.Equal(15, LibraryHarvest.IndicatorsOf(reports[0]).Count());

        foreach (var indicator in indicators)
        {
            var entry = Shipped.Find(indicator.Category, indicator.Subcategory, indicator.Name);
            Assert.True(entry is not null, $"“{indicator.Name}”不在指标库中");
            Assert.Equal(indicator.Subcategory is { } sub ? LibraryKey.Of(indicator.Category, sub, indicator.Name).Category : indicator.Category, entry.EffectiveCategory);
            Assert.Equal(indicator.Subcategory ?? entry.Subcategory, entry.Subcategory);
            Assert.False(entry.Form.IsUnknown, $"“{indicator.Name}”没有指标值形式");
            Assert.NotEmpty(entry.Basis);
            Assert.NotEmpty(entry.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(entry.Definition), $"“{indicator.Name}”没有指标解释");
        }
    }

    [Fact]
    public void Merging_the_shared_reports_again_changes_nothing()
    {
        var again = Shipped.Merge(SharedReports().SelectMany(r => LibraryHarvest.From(r, LibraryHarvest.BasisOf(r))));
        Assert.Equal(IndicatorLibraryJson.Write(Shipped), IndicatorLibraryJson.Write(again));
    }

    [Fact]
    public void Sample_entries_record_the_sample_as_basis_and_keep_its_target_forms()
    {
        var entry = Shipped.Find(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "执法监察数量")!;
        Assert.Equal("≥2000家", entry.Form.Example);
        Assert.Equal("家", entry.Form.Unit);
        Assert.Contains("广州市天河区应急管理局2023年部门整体支出绩效目标表（tianhe-emergency-2023.txt）", entry.Basis);
        Assert.Contains("执法", entry.Keywords);
    }

    [Fact]
    public void Library_has_the_common_and_core_indicators_in_every_category()
    {
        Assert.All(Shipped.Entries, e => Assert.NotEmpty(e.Basis));
        Assert.Contains(Shipped.Entries, e => e.Name == "预算执行率" && e.Basis.Any(b => b.Contains("§2.4", StringComparison.Ordinal)));
        Assert.Contains(Shipped.Entries, e => e.Name == "服务对象满意度" && e.Basis.Any(b => b.Contains("101号", StringComparison.Ordinal)));
        foreach (var category in Enum.GetValues<IndicatorCategory>())
        {
            Assert.True(Shipped.Entries.Count(e => e.EffectiveCategory == category) >= 3, $"{category}: fewer than 3 entries");
        }
    }
}
