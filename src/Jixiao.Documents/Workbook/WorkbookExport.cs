using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// A report exported as the Jixiao self-evaluation workbook (`jixiao render --to xlsx`, the API's `export?format=xlsx`):
/// the template filled with the report's own figures for its own year (<see cref="PrefillMode.SameYear"/>), amounts in
/// 万元 as the workbook states, so that `jixiao import` reads the report's figures back (docs/workbook.md lists what the
/// workbook cannot carry).
/// </summary>
public static class WorkbookExport
{
    /// <summary>Why a report cannot be exported as a self-evaluation workbook, in one Chinese sentence; null when it can.</summary>
    public static string? Unsupported(Report report) => report.Genre is ReportGenre.DepartmentSelfEvaluationReport or ReportGenre.Unknown && report.Table is null
        ? null
        : "只有部门整体支出绩效自评报告能导出为自评工作簿（.xlsx）；下一年的目标申报工作簿请用 jixiao targets new 生成";

    public static byte[] Write(Report report) => TemplateWriter.Write(TemplatePrefill.SameYear(report));
}
