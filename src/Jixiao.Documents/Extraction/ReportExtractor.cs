using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Profile;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Turns a <see cref="DocumentText"/> into a <see cref="Report"/>: recognises the genre from the title (else from the
/// tables) and reads each part of a 部门整体支出绩效自评报告 from the section it stands in; the other genres go to their
/// extractors. What it cannot find, it lists as reading problems.
/// </summary>
public static partial class ReportExtractor
{
    public static Report Extract(DocumentText document)
    {
        var report = ExtractByGenre(document);
        return report.Year is null && report.Genre != ReportGenre.Unknown
            ? report with { ReadingProblems = [.. report.ReadingProblems, new ReadingProblem(ReadingCodes.PartMissing, "标题、封面和表头中都没有找到评价年度", SourceLocation.Unknown)] }
            : report;
    }

    private static Report ExtractByGenre(DocumentText document)
    {
        var problems = new List<ReadingProblem>(document.Problems);
        var (headingTitle, blocks, sections) = SectionWalker.Walk(document);
        var title = FormVocabulary.Clean(headingTitle);
        var genre = Vocabulary.GenreOf(title);
        if (genre == ReportGenre.Unknown
            && blocks.Take(6).Select(b => b.Block).OfType<ParagraphBlock>().FirstOrDefault(p => IsTitleShaped(p.Text) && Vocabulary.GenreOf(FormVocabulary.Clean(p.Text)) != ReportGenre.Unknown) is { } titleParagraph)
        {
            title = FormVocabulary.Clean(LabelPrefix().Replace(titleParagraph.Text, string.Empty));
            genre = Vocabulary.GenreOf(title);
        }

        if (genre == ReportGenre.Unknown && TableGenreExtractor.GenreFromTables(blocks) is var tableGenre and not ReportGenre.Unknown)
        {
            genre = tableGenre;
        }

        if (genre == ReportGenre.Unknown && DeclarationExtractor.IsDeclaration(blocks, sections))
        {
            genre = ReportGenre.TargetDeclaration;
        }

        var year = YearOf(title) ?? CoverFields.Year(document.Blocks);
        var report = new Report
        {
            File = document.FileName,
            Genre = genre,
            Source = document.Source,
            Title = title.Length == 0 ? null : title,
            Year = year,
            Sections = sections,
        };

        if (genre is ReportGenre.ProjectSelfEvaluationTable or ReportGenre.DepartmentSelfEvaluationTable or ReportGenre.ProjectSelfEvaluationReport)
        {
            return TableGenreExtractor.Extract(report, title, blocks, problems);
        }

        if (genre == ReportGenre.MonitoringTable)
        {
            return MonitoringTableExtractor.Extract(report, title, blocks, problems);
        }

        if (genre == ReportGenre.TargetDeclaration)
        {
            return DeclarationExtractor.Extract(report, title, blocks, problems);
        }

        if (genre != ReportGenre.DepartmentSelfEvaluationReport)
        {
            problems.Add(new ReadingProblem(ReadingCodes.UnknownGenre,
                genre == ReportGenre.Unknown
                    ? "未识别报告体裁（标题中没有“部门整体支出绩效自评报告”“项目支出绩效自评表”等体裁名称），未提取数据"
                    : $"体裁“{GenreName(genre)}”暂不支持提取，只读取了标题和目录",
                new SourceLocation(Line: document.Blocks.Count > 0 ? document.Blocks[0].Line : null)));
            return report with { ReadingProblems = problems };
        }

        return ExtractDepartmentReport(report, title, blocks, problems);
    }

    private static Report ExtractDepartmentReport(Report report, string title, IReadOnlyList<SectionedBlock> blocks, List<ReadingProblem> problems)
    {
        PerformanceTargetTable? targets = null;
        EconomicClassificationTable? economic = null;
        BudgetExecutionTable? budget = null;
        RevenueStatement? revenue = null;
        ExpenditureStatement? expenditure = null;
        SelfEvaluationConclusion? conclusion = null;
        var claims = new List<Claim>();
        var functions = new List<string>();
        var work = new List<string>();
        var issues = new List<string>();
        var measures = new List<string>();

        foreach (var item in blocks)
        {
            switch (item.Block)
            {
                case TableBlock table when TargetTableExtractor.IsTargetTable(table):
                    targets ??= TargetTableExtractor.Extract(table, item.SectionPath, problems, report.Year);
                    break;
                case TableBlock table when BudgetTableExtractor.IsBudgetTable(table):
                    budget ??= BudgetTableExtractor.Extract(table, item.SectionPath, problems);
                    break;
                case TableBlock table when EconomicTableExtractor.IsEconomicTable(table):
                    economic ??= EconomicTableExtractor.Extract(table, item.SectionPath, problems);
                    break;
                case ParagraphBlock paragraph:
                    var sentence = Sentence.Whole(paragraph, item.SectionPath, problems);
                    if (item.IsUnder(Vocabulary.FunctionsSection))
                    {
                        functions.Add(ListItemPrefix().Replace(paragraph.Text, string.Empty));
                    }
                    else if (item.IsUnder(Vocabulary.WorkSection))
                    {
                        work.Add(paragraph.Text);
                        claims.AddRange(WorkSentenceExtractor.Claims(sentence));
                    }
                    else if (item.IsUnder(Vocabulary.ProblemsSection))
                    {
                        issues.Add(paragraph.Text);
                    }
                    else if (item.IsUnder(Vocabulary.MeasuresSection))
                    {
                        measures.Add(paragraph.Text);
                    }

                    if (revenue is null && FinanceSentenceExtractor.IsRevenueParagraph(sentence))
                    {
                        revenue = FinanceSentenceExtractor.Revenue(sentence);
                    }
                    else if (expenditure is null && FinanceSentenceExtractor.IsExpenditureParagraph(sentence))
                    {
                        expenditure = FinanceSentenceExtractor.Expenditure(sentence);
                    }
                    else if (conclusion is null && FinanceSentenceExtractor.IsConclusionParagraph(sentence))
                    {
                        conclusion = FinanceSentenceExtractor.Conclusion(sentence);
                    }

                    if (!item.IsUnder(Vocabulary.WorkSection))
                    {
                        claims.AddRange(ClaimSentenceExtractor.IndicatorClaims(sentence, item.InnermostTitle));
                    }

                    if (item.IsUnder(Vocabulary.ManagementSection))
                    {
                        claims.AddRange(ClaimSentenceExtractor.ManagementClaims(sentence));
                        problems.AddRange(ClaimSentenceExtractor.InvalidDates(sentence));
                    }

                    break;
            }
        }

        ReportMissing(targets, "部门整体支出绩效目标表", problems);
        ReportMissing(budget, "部门预算情况表（表3）", problems);
        ReportMissing(economic, "经济分类执行情况表（表2）", problems);
        ReportMissing(revenue, "收入情况（预算收入、调整预算数、决算数）", problems);
        ReportMissing(expenditure, "支出情况（决算支出）", problems);
        if (budget is not null)
        {
            ReportMissingTotals(budget, problems);
        }

        foreach (var required in Vocabulary.RequiredSections.Where(r => !report.Sections.Any(s => s.Title.Contains(r, StringComparison.Ordinal))))
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"没有找到章节“{required}”（报告可能不完整）", SourceLocation.Unknown));
        }

        return report with
        {
            Department = CoverFields.Department(blocks.Select(b => b.Block)) ?? DepartmentOf(title, report.Year) ?? targets?.DepartmentName,
            Profile = new DepartmentProfile
            {
                Functions = functions,
                AnnualWork = work,
                SubUnits = budget?.UnitBlocks.Select(b => b.Name).ToArray() ?? [],
            },
            Targets = targets,
            Revenue = revenue,
            Expenditure = expenditure,
            EconomicTable = economic,
            BudgetTable = budget,
            Conclusion = conclusion,
            Claims = claims,
            Problems = issues,
            Measures = measures,
            ReadingProblems = problems,
        };
    }

    private static void ReportMissingTotals(BudgetExecutionTable budget, List<ReadingProblem> problems)
    {
        foreach (var block in budget.BasicBlocks.Where(b => b.Total is null))
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{budget.Location.Table}“{block.Name}”没有合计行", budget.Location));
        }

        if (budget.Projects.Count > 0 && budget.ProjectTotal is null)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{budget.Location.Table}的项目支出没有合计行（表格可能不完整）", budget.Location));
        }
    }

    private static void ReportMissing(object? part, string name, List<ReadingProblem> problems)
    {
        if (part is null)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"没有找到{name}", SourceLocation.Unknown));
        }
    }

    /// <summary>A paragraph that can be a title: short, with no sentence or list punctuation inside it.</summary>
    private static bool IsTitleShaped(string text)
    {
        var body = LabelPrefix().Replace(text, string.Empty).TrimEnd();
        var outsideBrackets = Bracketed().Replace(Bracketed().Replace(body, string.Empty), string.Empty);
        return body.Length <= 120 && outsideBrackets.IndexOfAny(['。', '；', ';', '！', '？', '=', '`']) < 0;
    }

    private static int? YearOf(string title)
    {
        var match = YearPattern().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string? DepartmentOf(string title, int? year)
    {
        var match = DepartmentPattern().Match(title);
        if (match.Success && match.Groups["dept"].Value.Length > 0)
        {
            return match.Groups["dept"].Value;
        }

        var bracketed = BracketedDepartmentPattern().Match(title);
        return bracketed.Success ? bracketed.Groups["dept"].Value : null;
    }

    private static string GenreName(ReportGenre genre) => genre switch
    {
        ReportGenre.DepartmentSelfEvaluationTable => "部门整体支出绩效自评表",
        ReportGenre.ProjectSelfEvaluationTable => "项目支出绩效自评表",
        ReportGenre.ProjectSelfEvaluationReport => "项目支出绩效自评报告",
        ReportGenre.MonitoringTable => "绩效运行监控表",
        _ => "未知",
    };

    [GeneratedRegex(@"((?:19|20)\d{2})\s*(?:年|(?=绩效|部门|整体|预算|决算|项目))")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:(?:19|20)\d{2}\s*年度?)?(?<dept>.*?)(?:(?:19|20)\d{2}\s*年度?)?(?:部门整体支出绩效自评报告|部门整体|整体支出绩效)")]
    private static partial Regex DepartmentPattern();

    /// <summary>"…绩效评价报告（南县政协，2021年度）": the department named in brackets after the title.</summary>
    [GeneratedRegex(@"（(?<dept>[^，,（）]+?)[，,]\s*(?:19|20)\d{2}\s*年度?）")]
    private static partial Regex BracketedDepartmentPattern();

    [GeneratedRegex(@"^\d{1,2}[.、．]\s*")]
    private static partial Regex ListItemPrefix();

    /// <summary>An innermost bracketed note ("（文库转载）"); applied twice it removes one level of nesting.</summary>
    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Bracketed();

    /// <summary>A field label before a title line ("TITLE：", "标题：").</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]+|标题)\s*[：:]\s*")]
    private static partial Regex LabelPrefix();
}
