using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Extraction for the self-evaluation table genres (项目支出绩效自评表, 部门整体支出绩效自评表) and, for the narrative
/// 项目支出绩效自评报告, its genre, department, year and project name (plus any 自评表 it carries).
/// </summary>
public static partial class TableGenreExtractor
{
    /// <summary>The genre a form title in the first tables names, for documents whose title line says nothing.</summary>
    public static ReportGenre GenreFromTables(IReadOnlyList<SectionedBlock> blocks) =>
        blocks.Take(12).Select(b => b.Block).OfType<TableBlock>()
            .SelectMany(t => t.Rows.Take(8).SelectMany(r => r.Cells))
            .Where(SelfEvaluationTableExtractor.IsFormTitle)
            .Select(Vocabulary.GenreOf)
            .FirstOrDefault();

    public static Report Extract(Report report, string title, IReadOnlyList<SectionedBlock> blocks, List<ReadingProblem> problems)
    {
        var tables = blocks.Where(b => b.Block is TableBlock).Select(b => ((TableBlock)b.Block, b.SectionPath)).ToArray();
        var candidates = tables.Where(t => SelfEvaluationTableExtractor.IsSelfEvaluationTable(t.Item1)).ToArray();
        var isTableGenre = report.Genre is ReportGenre.ProjectSelfEvaluationTable or ReportGenre.DepartmentSelfEvaluationTable;
        var paragraphs = blocks.Select(b => b.Block).OfType<ParagraphBlock>().Select(p => p.Text).ToArray();

        SelfEvaluationTable? table = null;
        if (candidates.Length > 0)
        {
            // A form rebuilt from flattened text may come as several blocks; read them together from the first one.
            var first = Array.IndexOf(tables, candidates[0]);
            table = SelfEvaluationTableExtractor.Extract(tables[first..], problems);
        }

        var formTitle = table?.Title ?? string.Empty;
        var year = report.Year ?? YearOf(title) ?? YearOf(formTitle) ?? YearInFields(paragraphs);
        var department = table?.ImplementingUnit ?? table?.DepartmentName
            ?? DepartmentOf(title) ?? DepartmentInFields(paragraphs) ?? table?.SupervisingDepartment;
        var project = report.Genre == ReportGenre.DepartmentSelfEvaluationTable ? null : table?.ProjectName ?? ProjectOf(title) ?? ProjectInFields(paragraphs);

        if (isTableGenre)
        {
            ReportGaps(report.Genre, table, project, problems);
        }

        var hasContent = table is not null && (table.Funding.Count > 0 || table.Indicators.Count > 0);
        if (!hasContent && project is not null)
        {
            // A narrative report or a form whose rows were not read: keep what its title and opening fields name.
            table = new SelfEvaluationTable { ProjectName = project, Location = new SourceLocation(Table: SelfEvaluationTableExtractor.TableName) };
        }
        else if (!hasContent)
        {
            table = null;
        }
        else if (project is not null && table!.ProjectName is null)
        {
            table = table with { ProjectName = project };
        }

        var narrativeFunds = report.Genre == ReportGenre.ProjectSelfEvaluationReport && table?.Total is null
            ? ProjectFundsSentenceExtractor.Extract(blocks)
            : null;
        return report with
        {
            Year = year,
            Department = department,
            Table = table,
            Expenditure = narrativeFunds,
            Problems = table?.Problems is { } issues ? [issues] : [],
            Measures = table?.Measures is { } measures ? [measures] : [],
            ReadingProblems = problems,
        };
    }

    private static void ReportGaps(ReportGenre genre, SelfEvaluationTable? table, string? project, List<ReadingProblem> problems)
    {
        var name = genre == ReportGenre.DepartmentSelfEvaluationTable ? "部门整体支出绩效自评表" : "项目支出绩效自评表";
        if (table is null || (table.Funding.Count == 0 && table.Indicators.Count == 0))
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing,
                $"没有找到{name}的表格（资金行和绩效指标都没有读到；展开成逐行文字的表格可能未能还原）", SourceLocation.Unknown));
            return;
        }

        if (genre == ReportGenre.ProjectSelfEvaluationTable && project is null)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{name}没有项目名称", table.Location));
        }

        if (table.Total is null)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{name}没有年度资金总额（总额）行", table.Location));
        }

        if (table.Indicators.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{name}没有读到绩效指标", table.Location));
        }
    }

    private static int? YearOf(string text)
    {
        var match = YearPattern().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"评价年度：2022" in the opening fields of a report.</summary>
    private static int? YearInFields(IEnumerable<string> paragraphs) =>
        paragraphs.Take(20).Select(p => YearFieldPattern().Match(p)).Where(m => m.Success)
            .Select(m => (int?)int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).FirstOrDefault();

    /// <summary>
    /// The department a title names: after a dash ("…自评表(2023年度)… — 青神县发展和改革局"), in brackets after the year
    /// ("（…，评价年度2022，遂溪县水务局）"), or before the year ("昌宁县第一示范小学2023年度项目支出绩效自评报告").
    /// </summary>
    public static string? DepartmentOf(string title)
    {
        var dash = DashSuffixPattern().Match(title);
        if (dash.Success)
        {
            return Clean(dash.Groups["dept"].Value);
        }

        var before = LeadingDepartmentPattern().Match(title);
        if (before.Success && before.Groups["dept"].Value.Length >= 3)
        {
            return Clean(before.Groups["dept"].Value);
        }

        var unitAndYear = UnitAndYearInBracketsPattern().Match(title);
        if (unitAndYear.Success)
        {
            return Clean(unitAndYear.Groups["dept"].Value);
        }

        var institution = InstitutionBeforeBracketPattern().Match(title);
        if (institution.Success)
        {
            return Clean(institution.Groups["dept"].Value);
        }

        var bracket = TrailingFieldsPattern().Match(title);
        if (bracket.Success)
        {
            var parts = bracket.Groups["fields"].Value.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !RepublisherNotePattern().IsMatch(p)).ToArray();
            var last = parts.LastOrDefault(p => !YearPattern().IsMatch(p) && !p.Contains("年度", StringComparison.Ordinal));
            if (parts.Length > 1 && last is not null && last != parts[0])
            {
                return Clean(last);
            }
        }

        return null;
    }

    /// <summary>
    /// The project a title names: after the form title ("自评表(2023年度)51000021R…-工资性支出"), in brackets after
    /// 自评报告 ("…自评报告(教育专项工作经费)"), or between the year and 项目 ("2017年防汛工作经费项目绩效评价报告").
    /// </summary>
    public static string? ProjectOf(string title)
    {
        var withoutDash = DashSuffixPattern().Replace(title, string.Empty);
        var afterForm = AfterFormPattern().Match(withoutDash);
        if (afterForm.Success && afterForm.Groups["project"].Value.Trim().Length > 0)
        {
            return Clean(afterForm.Groups["project"].Value);
        }

        var between = BetweenYearAndGenrePattern().Match(withoutDash);
        if (between.Success && Clean(between.Groups["project"].Value) is { Length: >= 2 } named && IsProjectName(named))
        {
            return named;
        }

        var bracket = TrailingFieldsPattern().Match(withoutDash);
        if (bracket.Success)
        {
            var first = Clean(bracket.Groups["fields"].Value.Split([',', '，'], StringSplitOptions.TrimEntries)[0]);
            if (first.Length > 0 && !YearPattern().IsMatch(first) && IsProjectName(first))
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>Not a conjunction left over from "部门整体和项目…", nor a note in brackets ("转载镜像；…").</summary>
    private static bool IsProjectName(string text) =>
        !text.Contains("部门整体", StringComparison.Ordinal) && !text.EndsWith('和') && !text.EndsWith('及')
        && !text.Contains('；') && !text.Contains(';') && !text.Contains("转载", StringComparison.Ordinal);

    private static string? DepartmentInFields(IEnumerable<string> paragraphs) =>
        paragraphs.Take(20).Select(p => DepartmentFieldPattern().Match(p)).Where(m => m.Success).Select(m => Clean(m.Groups["value"].Value)).FirstOrDefault();

    private static string? ProjectInFields(IEnumerable<string> paragraphs) =>
        paragraphs.Take(20).Select(p => ProjectFieldPattern().Match(p)).Where(m => m.Success).Select(m => Clean(m.Groups["value"].Value)).FirstOrDefault();

    private static string Clean(string text) => text.Trim().Trim('(', ')', '（', '）', ' ', '-', '—', ':', '：').Trim();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年|年度\s*[:：]?\s*(?<year>(?:19|20)\d{2})")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\s*(?:评价年度|自评年度|年度)\s*[:：]\s*(?<year>(?:19|20)\d{2})")]
    private static partial Regex YearFieldPattern();

    [GeneratedRegex(@"(?:\s+-{1,2}\s+|\s*[—–]{1,2}\s*)(?<dept>[^—–()（）]+?)(?:[(（].*)?$")]
    private static partial Regex DashSuffixPattern();

    [GeneratedRegex(@"^(?<dept>[^\d()（）《》]+?)(?:19|20)\d{2}\s*年度?")]
    private static partial Regex LeadingDepartmentPattern();

    [GeneratedRegex(@"(?:自评报告|自评表|评价报告)\s*[(（](?<fields>[^()（）]+)[)）]\s*$")]
    private static partial Regex TrailingFieldsPattern();

    [GeneratedRegex(@"自评表\s*[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）](?<project>.+)$")]
    private static partial Regex AfterFormPattern();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年度?(?<project>[^()（）]*?)(?:项目支出|项目)?的?绩效(?:单位)?(?:自评|评价)")]
    private static partial Regex BetweenYearAndGenrePattern();

    [GeneratedRegex(@"^\s*(?:预算部门(?:单位)?|项目单位|实施单位|评价单位|单位名称)\s*(?:[(（](?:公章|盖章)[)）])?\s*[:：]\s*(?<value>\S.{1,40}?)\s*$")]
    private static partial Regex DepartmentFieldPattern();

    [GeneratedRegex(@"^\s*项目名称\s*[:：]\s*(?<value>\S.{1,60}?)\s*$")]
    private static partial Regex ProjectFieldPattern();

    /// <summary>"宣城市宣州区应急管理局（中央自然灾害救灾资金…）转移支付…": an institution named before a bracketed fund name.</summary>
    [GeneratedRegex(@"^(?<dept>[^（(，,：:]{3,30}?(?:局|委员会|委|办公室|办|院|中心|所|站|队|学校|校|镇|乡|街道|厅|部|馆|处))\s*[（(]")]
    private static partial Regex InstitutionBeforeBracketPattern();

    /// <summary>Notes a republishing site adds in brackets ("文库转载", "转载镜像", "繁体/乱码如原样", "OCR文本").</summary>
    [GeneratedRegex(@"转载|镜像|乱码|原样|文库|OCR")]
    private static partial Regex RepublisherNotePattern();

    /// <summary>"部门整体绩效自评表（西部（重庆）科学城融媒体中心，2021年；文库转载）": the unit and the year in closing brackets.</summary>
    [GeneratedRegex(@"[（(](?<dept>[^，,]{3,40}?)[，,]\s*(?:19|20)\d{2}\s*年度?(?:[；;][^）)]*)?[）)]\s*$")]
    private static partial Regex UnitAndYearInBracketsPattern();
}
