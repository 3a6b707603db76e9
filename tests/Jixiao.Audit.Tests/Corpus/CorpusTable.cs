using System.Text;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Corpus;

/// <summary>
/// The table of docs/corpus.md: for every real report in ../shared/corpus and the reference sample, what Jixiao
/// reads — genre, department, year, the figures found, reading problems and findings.
/// </summary>
public static class CorpusTable
{
    public static IReadOnlyList<(string File, Report? Report, AuditResult? Audit, string? Failure)> Read()
    {
        var folder = Path.Combine(SharedFiles.Root, "corpus");
        if (!Directory.Exists(folder))
        {
            ExternalRequirement.Missing("../shared/corpus（真实报告语料）");
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Append(SharedFiles.SamplePath);
        var loader = new ReportLoader();
        var engine = new AuditEngine();
        return files.Select(path =>
        {
            var (report, failure) = loader.Load(path);
            return (Path.GetFileName(path), report, report is null ? null : engine.Audit(report), failure?.Message);
        }).ToArray();
    }

    public static string Markdown(IReadOnlyList<(string File, Report? Report, AuditResult? Audit, string? Failure)> rows)
    {
        var md = new StringBuilder();
        md.AppendLine("# 语料读取情况（docs/corpus.md）");
        md.AppendLine();
        md.AppendLine("`../shared/corpus/` 中每份真实报告和参考样例经 Jixiao 读取后的结果：体裁、部门、年度、读到的数字，");
        md.AppendLine("读取问题（JX8xxx）和审核发现。本页由测试生成并由测试保持一致：");
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine("JIXIAO_UPDATE_DOCS=1 dotnet test tests/Jixiao.Audit.Tests --filter FullyQualifiedName~CorpusTests");
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("| 文件 | 体裁 | 部门 | 年度 | 读到的数字 | 指标 | 项目 | 读取问题 | 审核发现（错误/警告/提示） |");
        md.AppendLine("|---|---|---|---|---:|---:|---:|---|---|");
        foreach (var (file, report, audit, failure) in rows)
        {
            if (report is null)
            {
                md.AppendLine($"| {file} | 无法读取：{failure} | | | | | | | |");
                continue;
            }

            var facts = KeyFigures.Of(report);
            var problems = string.Join(" ", report.ReadingProblems.GroupBy(p => p.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() > 1 ? $"{g.Key}×{g.Count()}" : g.Key));
            md.AppendLine($"| {file} | {Genre(report.Genre)} | {report.Department ?? "—"} | {report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"} | "
                + $"{StatedValues.All(report).Count} | {facts.Indicators.Count} | {facts.Projects.Count} | {(problems.Length == 0 ? "—" : problems)} | {audit!.Errors}/{audit.Warnings}/{audit.Infos} |");
        }

        return md.ToString();
    }

    private static string Genre(ReportGenre genre) => genre switch
    {
        ReportGenre.DepartmentSelfEvaluationReport => "部门整体自评报告",
        ReportGenre.DepartmentSelfEvaluationTable => "部门整体自评表",
        ReportGenre.ProjectSelfEvaluationTable => "项目自评表",
        ReportGenre.ProjectSelfEvaluationReport => "项目自评报告",
        ReportGenre.MonitoringTable => "监控表",
        _ => "未识别",
    };
}
