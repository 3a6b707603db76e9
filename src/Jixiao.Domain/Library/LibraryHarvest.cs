using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// Library entries from a report's own indicators (指标入库): name, category, subcategory and the form of the target as
/// read (operator, unit, direction, canonical text), and the 指标解释 and 佐证材料 a target declaration gives — nothing
/// else of the report. Indicators of the department-wide target table, the self-evaluation table and the project target
/// tables are taken; monitoring tables are not.
/// </summary>
public static class LibraryHarvest
{
    /// <summary>One entry per distinct indicator of <paramref name="report"/>, each with <paramref name="basis"/> as its 依据.</summary>
    public static IReadOnlyList<IndicatorEntry> From(Report report, string basis) =>
        new IndicatorLibrary(IndicatorsOf(report)
            .Where(i => !string.IsNullOrWhiteSpace(i.Name))
            .Select(i => new IndicatorEntry
            {
                Category = i.Category,
                Subcategory = i.Subcategory,
                Name = i.Name.Trim(),
                Definition = string.IsNullOrWhiteSpace(i.Explanation) ? null : i.Explanation.Trim(),
                Form = TargetForm.Of(i.Target),
                Evidence = string.IsNullOrWhiteSpace(i.Evidence) ? null : i.Evidence.Trim(),
                Basis = [basis],
            })).Entries;

    /// <summary>
    /// Where a report's indicators come from, in Chinese: "广州市天河区应急管理局2023年部门整体支出绩效目标表（tianhe-emergency-2023.txt）".
    /// </summary>
    public static string BasisOf(Report report)
    {
        var table = report.Targets is { Indicators.Count: > 0 } ? "部门整体支出绩效目标表"
            : report.Table is not null ? (report.Genre == ReportGenre.DepartmentSelfEvaluationTable ? "部门整体支出绩效自评表" : "项目支出绩效自评表")
            : report.ProjectTargets.Count > 0 ? "项目支出绩效目标表"
            : "报告";
        var owner = report.Department ?? report.Table?.ImplementingUnit ?? report.Table?.DepartmentName ?? string.Empty;
        var year = report.Year is { } y ? $"{y}年" : string.Empty;
        var file = report.File is null ? string.Empty : $"（{report.File}）";
        return $"{owner}{year}{table}{file}";
    }

    /// <summary>Every indicator the report states a target for: target table, self-evaluation table, project target tables.</summary>
    public static IEnumerable<Indicator> IndicatorsOf(Report report) =>
        (report.Targets?.Indicators ?? [])
            .Concat(report.Table?.Indicators.Select(t => t.Indicator) ?? [])
            .Concat(report.ProjectTargets.SelectMany(p => p.Indicators));
}
