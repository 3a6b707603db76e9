using Jixiao.Domain.Library;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli.Rendering;

/// <summary>`targets suggest` as text: the ranked entries with their category, usual form, basis and why; then the missing categories.</summary>
public static class SuggestionRenderer
{
    public static void Text(TextWriter output, Report report, SuggestionContext context, IndicatorLibrary library, SuggestionResult result)
    {
        var subject = report.Department ?? report.Table?.ProjectName ?? report.File ?? "报告";
        var sources = context.Texts.Select(t => t.Source).Distinct().ToList();
        if (sources.Count == 0)
        {
            output.WriteLine($"{subject}：报告中没有读到部门职能、年度工作、重点工作任务或项目名称，无法按内容建议指标");
        }
        else
        {
            output.WriteLine($"{subject}：按{string.Join("、", sources)}从指标库（{library.Entries.Count} 个指标）中建议 {result.Suggestions.Count} 个指标");
        }

        var rank = 0;
        foreach (var suggestion in result.Suggestions)
        {
            var entry = suggestion.Entry;
            output.WriteLine();
            output.WriteLine($"{++rank,2}. {entry.Name}（{LibraryRenderer.Place(entry)}）　匹配度 {suggestion.Score:0.##}{(suggestion.AlreadyInReport ? "　［报告中已有］" : string.Empty)}");
            output.WriteLine($"    常用指标值：{entry.Form.Describe()}");
            output.WriteLine($"    依据：{string.Join("；", entry.Basis)}");
            output.WriteLine($"    匹配：{suggestion.Reason}");
        }

        output.WriteLine();
        if (result.ExistingIndicators == 0)
        {
            output.WriteLine("报告中没有读到绩效指标，不检查缺少的指标类别");
        }
        else if (result.Missing.Count == 0)
        {
            output.WriteLine($"指标类别齐全：报告的 {result.ExistingIndicators} 个指标含产出（数量、质量、时效）、成本、效益和满意度指标");
        }
        else
        {
            output.WriteLine($"缺少的指标类别（报告共 {result.ExistingIndicators} 个指标）：");
            foreach (var gap in result.Missing)
            {
                var candidates = gap.Candidates.Count == 0 ? "指标库中没有这一类的指标" : "可选：" + string.Join("、", gap.Candidates);
                output.WriteLine($"  - {gap.Label}：{gap.Reason}。{candidates}");
            }
        }
    }
}
