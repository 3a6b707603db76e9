using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// What importing a workbook gives: the report (null when there are errors) and the errors, one per cell. Warnings are
/// in the report's reading problems. <paramref name="IsJixiaoWorkbook"/> is false when the file is not a Jixiao workbook
/// (or not a workbook that opens), so that callers can refuse it as any other spreadsheet; <paramref name="Workbook"/> is
/// the kind of Jixiao workbook its marker names, when it names one.
/// </summary>
public sealed record ImportResult(Report? Report, IReadOnlyList<ImportProblem> Errors, bool IsJixiaoWorkbook = true, WorkbookDefinition? Workbook = null)
{
    public static ImportResult Failed(params ImportProblem[] errors) => new(null, errors);
}
