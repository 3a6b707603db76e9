using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Reports;

/// <summary>
/// 在线填报 (/reports/{id}/fill): the report's latest version as the self-evaluation workbook's fields
/// (<see cref="WorkbookForm"/>). Saving writes the form as the workbook, imports it, and appends it as a new version
/// through the upload path (<see cref="UploadEndpoint.SaveAsync"/>: audit, department rule, state check), then shows the
/// report; a version saved by someone else since the form was opened is not overwritten. Invalid input shows the form
/// again with the importer's message beside the field and saves nothing. Only those who may upload a new version of
/// the report in its state may use it; a report outside the caller's scope is 404 as everywhere.
/// </summary>
public sealed class FillModel(ReportAccess access, ReportStore store, ReaderLimits limits) : WorkbenchPage
{
    /// <summary>The source file name the saved versions carry (shown in the version list).</summary>
    public const string SourceFile = "在线填报.xlsx";

    public StoredReport Report { get; private set; } = null!;

    /// <summary>The version the form was filled from; saving requires it to be still the latest.</summary>
    public int BasedOn { get; private set; }

    /// <summary>The form; null when the caller may not fill the report in (<see cref="Message"/> says why).</summary>
    public WorkbookForm? Form { get; private set; }

    /// <summary>Whether <paramref name="caller"/> may fill <paramref name="report"/> in now (the 在线填报 link).</summary>
    public static bool Allows(Caller caller, StoredReport report) => Refusal(caller, report) is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var latest = await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false);
        BasedOn = latest!.Number;
        Form = WorkbookForm.Of(TemplatePrefill.SameYear(ReportEndpoints.Model(latest)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int basedOn, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOn = basedOn;
        Form = WorkbookForm.Posted(Request.Form);
        if (Form.ErrorCount > 0)
        {
            return Invalid();
        }

        var bytes = TemplateWriter.Write(Form.ToContent(Report.Department!.Name, Report.Year), out var places);
        var imported = WorkbookImporter.Import(SourceFile, bytes, limits);
        if (imported.Report is not { } filled)
        {
            Form.Report(imported.Errors, places);
            return Invalid();
        }

        var (saved, problem) = await UploadEndpoint.SaveAsync(
            SourceFile, filled, Report.DepartmentId.ToString(CultureInfo.InvariantCulture), Report.Year.ToString(CultureInfo.InvariantCulture),
            current => current is not null && current.ReportId == id && current.Number == basedOn, Caller, store, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            return Redirect($"/reports/{id}?version={saved.Version.Number}");
        }

        var text = ProblemText.Of(problem!);
        if (text == ProblemText.Stale && await store.FindVersionAsync(id, null, cancellationToken).ConfigureAwait(false) is { } newer)
        {
            text = $"保存前，报告已有他人保存的第 {newer.Number} 版（本表按第 {basedOn} 版填写）。为避免覆盖他人的修改，本次填写没有保存：请先查看最新版本，再重新打开在线填报。";
        }

        Message = text;
        return Page();
    }

    /// <summary>The form again, with the count of fields to correct; nothing is saved.</summary>
    private PageResult Invalid()
    {
        Message = $"有 {Form!.ErrorCount} 处填写不正确，没有保存：请按各栏旁的说明修改后再保存。";
        return Page();
    }

    /// <summary>Loads the report; the result to answer instead (404 outside the scope, 403 or 409 with a page saying why), or null.</summary>
    private async Task<IActionResult?> OpenAsync(int id, CancellationToken cancellationToken)
    {
        if (await access.VisibleReportAsync(Caller, id, cancellationToken).ConfigureAwait(false) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        if (Refusal(Caller, report) is not { } refusal)
        {
            return null;
        }

        Message = refusal.Text;
        Response.StatusCode = refusal.Status;
        return Page();
    }

    /// <summary>
    /// Why the caller may not fill the report in now, with the status to answer: only a 部门整体支出绩效自评报告 has the
    /// workbook's fields (409 otherwise); a department user fills in only their own department's reports, as they upload
    /// (403); and only a 草稿 or 已退回 report takes a new version (409).
    /// </summary>
    private static (int Status, string Text)? Refusal(Caller caller, StoredReport report)
    {
        if (report.Genre != ReportGenre.DepartmentSelfEvaluationReport || report.Project.Length > 0)
        {
            return (StatusCodes.Status409Conflict, "只有部门整体支出绩效自评报告能在线填报；其他报告请上传文件");
        }

        if (caller.IsDepartmentUser && caller.DepartmentId != report.DepartmentId)
        {
            return (StatusCodes.Status403Forbidden, "部门用户只能填报本部门的报告");
        }

        return ReportStatusNames.InReview(report.Status) || report.Status == ReportStatus.Approved
            ? (StatusCodes.Status409Conflict, $"{ReportStatusNames.Sentence(report.Status)}，不能修改：只有草稿或已退回的报告才能在线填报")
            : null;
    }
}
