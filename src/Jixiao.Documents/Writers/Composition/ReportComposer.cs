using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// Lays out a department self-evaluation report (部门整体支出绩效自评报告) from the model in the standard outline
/// (DOMAIN §4.1) with a fixed heading hierarchy: every sentence that quotes a figure is generated from the model,
/// tables carry their unit once, free-text sections come from the model's text fields. A target declaration
/// (绩效目标申报表) is laid out as its target tables instead (<see cref="DeclarationComposer"/>).
/// </summary>
public static class ReportComposer
{
    public static LayoutDocument Compose(Report report, CompositionOptions? options = null)
    {
        options ??= CompositionOptions.Default;
        return report.Genre == ReportGenre.TargetDeclaration ? DeclarationComposer.Compose(report, options) : SelfEvaluationReport(report, options);
    }

    /// <summary>"{年度}年度" or nothing when the year is unknown.</summary>
    internal static string YearPrefix(int? year) => year is { } y ? $"{y}年度" : string.Empty;

    private static LayoutDocument SelfEvaluationReport(Report report, CompositionOptions options)
    {
        var parts = new List<LayoutPart>();
        var tables = 0;
        var figures = 0;
        string NextTable(string name) => $"表{++tables}：{name}";
        void AddChart(Chart? chart)
        {
            if (options.Charts && chart is not null)
            {
                parts.Add(new FigurePart($"图{++figures}：{chart.Title}", chart));
            }
        }

        var year = report.Year;
        parts.Add(new HeadingPart(1, "一、部门基本情况"));
        parts.Add(new HeadingPart(2, "（一）部门职能"));
        parts.AddRange(Numbered(report.Profile.Functions));
        parts.Add(new HeadingPart(2, "（二）年度总体工作和重点工作任务"));
        parts.AddRange(report.Profile.AnnualWork.Select(w => new ParagraphPart(w)));

        parts.Add(new HeadingPart(2, "（三）部门整体支出绩效目标"));
        if (report.Targets is { } targets)
        {
            if (targets.OverallGoal is { } goal)
            {
                parts.Add(new ParagraphPart($"{(year is { } y ? $"{y}年" : string.Empty)}本部门整体绩效目标为：{goal}"));
            }

            parts.Add(new ParagraphPart("具体绩效指标如下表："));
            parts.Add(TargetTableLayout.Build(targets, report.Department, NextTable($"{YearPrefix(year)}部门整体支出绩效目标表")));
        }

        parts.Add(new HeadingPart(2, "（四）部门整体收支情况"));
        AddParagraph(parts, FinanceParagraphs.Revenue(report.Revenue, year));
        AddParagraph(parts, FinanceParagraphs.Expenditure(report.Expenditure, year));
        if (report.EconomicTable is { } economic)
        {
            parts.Add(EconomicTableLayout.Build(economic, NextTable("部门预算按经济分类执行情况")));
            AddChart(ReportCharts.EconomicClasses(economic));
        }

        if (report.BudgetTable is { } budget)
        {
            parts.Add(BudgetTableLayout.Build(budget, NextTable($"{YearPrefix(year)}部门预算情况")));
            AddChart(ReportCharts.BudgetByBlock(budget));
            AddChart(ReportCharts.ProjectExecution(budget));
        }

        parts.Add(new HeadingPart(2, "（五）部门整体绩效管理情况"));
        if (report.Targets is { Indicators.Count: > 0 } declared)
        {
            parts.Add(new ParagraphPart(IndicatorParagraphs.Summary(declared, year)));
        }

        parts.AddRange(ManagementParagraphs.From(report.Claims, year).Select(p => new ParagraphPart(p)));

        parts.Add(new HeadingPart(1, "二、绩效自评情况"));
        parts.Add(new HeadingPart(2, "（一）自评结论"));
        AddParagraph(parts, FinanceParagraphs.Conclusion(report.Conclusion));
        parts.AddRange(Evaluation(report));
        if (report.Targets is { } rated)
        {
            AddChart(ReportCharts.IndicatorCompletionRates(rated));
        }

        parts.Add(new HeadingPart(1, "三、存在的主要问题"));
        parts.AddRange(report.Problems.Select(p => new ParagraphPart(p)));
        parts.Add(new HeadingPart(1, "四、下一步改进措施"));
        parts.AddRange(report.Measures.Select(m => new ParagraphPart(m)));

        parts.AddRange(Appendices.Of(options, "报告", NextTable));

        var title = new List<string> { $"{YearPrefix(year)}{report.Department}".Trim(), "部门整体支出绩效自评报告" };
        return new LayoutDocument(title.Where(t => t.Length > 0).ToArray(), report.Department, parts);
    }

    private static void AddParagraph(List<LayoutPart> parts, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add(new ParagraphPart(text));
        }
    }

    /// <summary>"1.…", "2.…": one paragraph per item.</summary>
    internal static IEnumerable<LayoutPart> Numbered(IReadOnlyList<string> items) =>
        items.Select((item, i) => new ParagraphPart($"{i + 1}.{item}"));

    /// <summary>（二）履职效能分析: each stated score item, the first with the completion of each indicator category.</summary>
    private static IEnumerable<LayoutPart> Evaluation(Report report)
    {
        var scores = report.Claims.OfType<ScoreClaim>().ToArray();
        var targets = report.Targets;
        if (scores.Length == 0 && targets is not { Indicators.Count: > 0 })
        {
            yield break;
        }

        yield return new HeadingPart(2, "（二）履职效能分析");
        var items = scores.Length > 0 ? scores.Select(s => (Item: s.Item, Claim: (ScoreClaim?)s)).ToArray() : [("整体效能", null)];
        for (var i = 0; i < items.Length; i++)
        {
            var (item, claim) = items[i];
            yield return new HeadingPart(3, $"{i + 1}.{item}");
            if (claim is not null)
            {
                yield return new ParagraphPart($"指标得分{Figures.Plain(claim.MaxScore)}分，自评得分{Figures.Plain(claim.SelfScore)}分。");
            }

            if (i > 0 || targets is not { Indicators.Count: > 0 })
            {
                continue;
            }

            var bands = report.Claims.OfType<CompletionBandClaim>().ToArray();
            var categories = IndicatorParagraphs.Categories(targets);
            for (var c = 0; c < categories.Count; c++)
            {
                yield return new HeadingPart(4, $"（{c + 1}）部门整体绩效目标{IndicatorNames.Category(categories[c])}完成情况");
                yield return new ParagraphPart(IndicatorParagraphs.Completion(targets, categories[c], bands, report.Year));
            }
        }
    }
}
