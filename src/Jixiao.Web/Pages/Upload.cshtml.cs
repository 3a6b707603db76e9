using Jixiao.Data.Storage;
using Jixiao.Documents;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages;

/// <summary>
/// 上传报告 (/upload): the same read, audit and save as `POST /api/reports`, then the report's page; and the blank
/// self-evaluation workbook for a department and year (/upload?handler=Template&amp;year=), as `jixiao template` writes it.
/// </summary>
public sealed class UploadModel(ReportStore store, ReportAccess access, ReaderLimits limits) : WorkbenchPage
{
    /// <summary>The year the template form proposes: last calendar year, the one self-evaluated now.</summary>
    public static int DefaultYear => DateTime.Today.Year - 1;

    public void OnGet()
    {
    }

    /// <summary>
    /// The workbook for <paramref name="year"/>, for the caller's department (a department user) or the named one;
    /// pre-filled, like `jixiao template --from`, from that department's report of the year before when the caller can see it.
    /// </summary>
    public async Task<IActionResult> OnGetTemplateAsync(int? year, string? department, CancellationToken cancellationToken)
    {
        if (year is not ({ } wanted and >= 2000 and <= 2100))
        {
            Message = "年度应为 2000 到 2100 之间的四位数";
            return Page();
        }

        var named = Caller.DepartmentId is { } own && Caller.IsDepartmentUser ? own.ToString(System.Globalization.CultureInfo.InvariantCulture) : department?.Trim();
        var found = string.IsNullOrEmpty(named) ? null : await store.FindDepartmentAsync(named, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(named) && found is null)
        {
            Message = $"部门“{named}”不存在";
            return Page();
        }

        Report? previous = null;
        if (found is not null
            && await store.FindReportAsync(found.Name, wanted - 1, ReportGenre.DepartmentSelfEvaluationReport, cancellationToken: cancellationToken).ConfigureAwait(false) is { } last
            && await access.VisibleReportAsync(Caller, last.Id, cancellationToken).ConfigureAwait(false) is not null
            && await store.FindVersionAsync(last.Id, null, cancellationToken).ConfigureAwait(false) is { } version)
        {
            previous = ReportEndpoints.Model(version);
        }

        var name = $"{found?.Name}{wanted}年度自评工作簿.xlsx";
        return File(TemplateWriter.Write(TemplatePrefill.Build(wanted, found?.Name, previous)), AttachmentContentTypes.Of(name), name);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (form, file, problem) = await UploadedFile.ReadAsync(Request, limits.MaxFileBytes, "文件过大", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            Message = ProblemText.Of(problem);
            return Page();
        }

        var bytes = await UploadedFile.BytesAsync(file!, cancellationToken).ConfigureAwait(false);
        var (saved, refusal) = await UploadEndpoint.SaveAsync(
            Path.GetFileName(file!.FileName), bytes, form!["department"].ToString(), form["year"].ToString(), holds: null, Caller, store, limits, cancellationToken)
            .ConfigureAwait(false);
        if (saved is null)
        {
            Message = ProblemText.Of(refusal!);
            return Page();
        }

        return Redirect($"/reports/{saved.Version.ReportId}?version={saved.Version.Number}");
    }
}
