using Jixiao.Documents.Library;
using Jixiao.Domain.Library;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing;

namespace Jixiao.Domain.Tests.Library;

/// <summary>Suggestions ranked by keyword and name fit, and the missing-category flags.</summary>
public sealed class IndicatorSuggesterTests
{
    /// <summary>The sample's functions, annual work and key tasks — the department's own words, without its indicators' table.</summary>
    private static SuggestionContext SampleWords()
    {
        var report = TianheSample.Report;
        var texts = report.Profile.Functions.Select(f => new ContextText(SuggestionContext.Functions, f))
            .Concat(report.Profile.AnnualWork.Select(w => new ContextText(SuggestionContext.AnnualWork, w)))
            .Concat(report.Targets!.KeyTasks.Select(t => new ContextText(SuggestionContext.KeyTasks, $"{t.Name}。{t.Content}。{t.Expected}")));
        return new SuggestionContext([.. texts], report.Targets.Indicators);
    }

    [Fact]
    public void The_samples_functions_rank_its_own_indicators_near_the_top()
    {
        var own = TianheSample.Report.Targets!.Indicators.Select(i => i.Name).ToHashSet();
        Assert.Equal(15, own.Count);
        var library = IndicatorLibraryFiles.Shipped;

        var top20 = IndicatorSuggester.Suggest(library, SampleWords(), 20).Suggestions.Select(s => s.Entry.Name).ToList();
        var ownInTop20 = top20.Count(own.Contains);
        // 15 of 60+ entries: by chance about 5 would land in the top 20; the library's other emergency-management
        // entries (应急演练次数, 防火巡查次数 …) rightly compete for the rest.
        Assert.True(ownInTop20 >= 12, $"only {ownInTop20} of the sample's 15 indicators in the top 20: {string.Join("、", top20)}");
        Assert.True(top20.Take(5).Count(own.Contains) >= 3, $"top 5: {string.Join("、", top20.Take(5))}");

        var all = IndicatorSuggester.Suggest(library, SampleWords(), library.Entries.Count).Suggestions;
        Assert.All(own, name => Assert.Contains(all, s => s.Entry.Name == name));
        Assert.All(all.Where(s => own.Contains(s.Entry.Name)), s => Assert.True(s.AlreadyInReport));
    }

    [Fact]
    public void Reason_names_the_words_found_and_where()
    {
        var result = IndicatorSuggester.Suggest(IndicatorLibraryFiles.Shipped, SampleWords(), 20);
        var enforcement = result.Suggestions.Single(s => s.Entry.Name == "执法监察数量");
        Assert.Contains(enforcement.Keywords, k => k.Word == "执法" && k.Sources.Contains(SuggestionContext.AnnualWork));
        Assert.Contains("关键词：", enforcement.Reason, StringComparison.Ordinal);
        Assert.Contains("执法×", enforcement.Reason, StringComparison.Ordinal);
        Assert.Contains("报告中已有此指标", enforcement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_lacks_only_a_cost_indicator_and_cost_entries_are_offered()
    {
        var result = IndicatorSuggester.Suggest(IndicatorLibraryFiles.Shipped, SampleWords(), 20);
        var gap = Assert.Single(result.Missing);
        Assert.Equal("成本指标", gap.Label);
        Assert.Equal(IndicatorCategory.Cost, gap.Category);
        Assert.Contains("15 个指标中没有成本指标", gap.Reason, StringComparison.Ordinal);
        Assert.Equal(IndicatorSuggester.CandidatesPerGap, gap.Candidates.Count);
        Assert.All(gap.Candidates, name => Assert.Equal(IndicatorCategory.Cost, IndicatorLibraryFiles.Shipped.Entries.Single(e => e.Name == name).EffectiveCategory));
        Assert.All(result.Suggestions.Where(s => s.Entry.EffectiveCategory == IndicatorCategory.Cost), s => Assert.Equal("成本指标", s.Fills));
    }

    private static Indicator Indicator(IndicatorCategory category, IndicatorSubcategory? subcategory, string name) =>
        new(category, subcategory, string.Empty, null, name, null, null, TargetParser.Parse("100%"), null, null, null, SourceLocation.Unknown);

    [Fact]
    public void Missing_categories_follow_the_indicators_given()
    {
        Assert.Empty(CategoryCoverage.Missing([]));
        var labels = CategoryCoverage.Missing([Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "培训人次")]).Select(m => m.Label);
        Assert.Equal(["质量指标", "时效指标", "成本指标", "效益指标", "满意度指标"], labels);
        var complete = CategoryCoverage.Missing([
            Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "a"),
            Indicator(IndicatorCategory.Output, IndicatorSubcategory.Quality, "b"),
            Indicator(IndicatorCategory.Output, IndicatorSubcategory.Timeliness, "c"),
            Indicator(IndicatorCategory.Output, IndicatorSubcategory.Cost, "d"),
            Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.Social, "e"),
            Indicator(IndicatorCategory.Benefit, IndicatorSubcategory.ServiceSatisfaction, "f"),
        ]);
        Assert.Empty(complete);
    }

    [Fact]
    public void A_project_name_alone_finds_the_entries_of_its_kind()
    {
        var library = new IndicatorLibrary([
            new IndicatorEntry { Category = IndicatorCategory.Output, Subcategory = IndicatorSubcategory.Quality, Name = "信息系统正常运行率", Keywords = ["运维", "信息化"], Basis = ["测试"] },
            new IndicatorEntry { Category = IndicatorCategory.Output, Subcategory = IndicatorSubcategory.Quantity, Name = "培训人次", Keywords = ["培训"], Basis = ["测试"] },
            new IndicatorEntry { Category = IndicatorCategory.Output, Subcategory = IndicatorSubcategory.Quantity, Name = "应急演练次数", Basis = ["测试"] },
        ]);
        var context = new SuggestionContext([new ContextText(SuggestionContext.Projects, "区应急指挥中心信息化运维项目；综合应急演练")], []);

        var result = IndicatorSuggester.Suggest(library, context, 10);

        Assert.Equal(["应急演练次数", "信息系统正常运行率"], result.Suggestions.Select(s => s.Entry.Name));
        Assert.Equal(["应急演练"], result.Suggestions[0].NameParts.Select(p => p.Word));
        Assert.Equal(["运维", "信息化"], result.Suggestions[1].Keywords.Select(k => k.Word));
        Assert.Empty(result.Missing);
        Assert.Equal(0, result.ExistingIndicators);
    }
}
