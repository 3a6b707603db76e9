using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads a target declaration (绩效目标申报表): the 部门整体支出绩效目标表 (<see cref="TargetTableExtractor"/>) and every
/// 项目支出绩效目标表 (<see cref="ProjectTargetTableExtractor"/>); the department from the title, else from the tables.
/// </summary>
public static partial class DeclarationExtractor
{
    /// <summary>
    /// A document without a recognised title that is a declaration all the same: a table captioned as a target table
    /// (部门整体支出绩效目标表, 项目支出绩效目标表) and nothing of a self-evaluation (no 表2/表3, no self-evaluation table,
    /// no section on 自评).
    /// </summary>
    public static bool IsDeclaration(IReadOnlyList<SectionedBlock> blocks, IReadOnlyList<ReportSection> sections)
    {
        var tables = blocks.Select(b => b.Block).OfType<TableBlock>().ToArray();
        return tables.Any(t => t.Caption is { } caption && Vocabulary.GenreOf(caption) == ReportGenre.TargetDeclaration)
            && !tables.Any(t => BudgetTableExtractor.IsBudgetTable(t) || EconomicTableExtractor.IsEconomicTable(t) || SelfEvaluationTableExtractor.IsSelfEvaluationTable(t))
            && !sections.Any(s => s.Title.Contains(Vocabulary.SelfEvaluation, StringComparison.Ordinal));
    }

    public static Report Extract(Report report, string title, IReadOnlyList<SectionedBlock> blocks, List<ReadingProblem> problems)
    {
        PerformanceTargetTable? targets = null;
        var projects = new List<ProjectTargetTable>();
        foreach (var item in blocks)
        {
            if (item.Block is not TableBlock table)
            {
                continue;
            }

            if (ProjectTargetTableExtractor.IsProjectTargetTable(table))
            {
                projects.Add(ProjectTargetTableExtractor.Extract(table, item.SectionPath, report.Year));
            }
            else if (TargetTableExtractor.IsTargetTable(table))
            {
                targets ??= TargetTableExtractor.Extract(table, item.SectionPath, problems, report.Year);
            }
        }

        if (targets is null && projects.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, "没有找到部门整体支出绩效目标表或项目支出绩效目标表", SourceLocation.Unknown));
        }

        var match = DepartmentPattern().Match(title);
        return report with
        {
            Department = (match.Success && match.Groups["dept"].Value.Length > 0 ? match.Groups["dept"].Value : null)
                ?? targets?.DepartmentName ?? projects.Select(p => p.Department).FirstOrDefault(d => d is not null),
            Targets = targets,
            ProjectTargets = projects,
            ReadingProblems = problems,
        };
    }

    /// <summary>"2024年度广州市天河区应急管理局绩效目标申报表", "…局部门整体支出绩效目标表": the department before the table name.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?(?<dept>.*?)(?:(?:19|20)\d{2}\s*年度?)?(?:部门整体支出|项目支出)?绩效目标(?:申报)?表")]
    private static partial Regex DepartmentPattern();
}
