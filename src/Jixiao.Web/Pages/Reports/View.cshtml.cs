using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Endpoints;
using Jixiao.Web.ReportViews;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Reports;

/// <summary>
/// A report (/reports/{id}?version=n): header, the tables composed from the model with each figure keyed by where it was
/// stated, the findings beside them (click: highlight the figures; hover a figure: its findings), decisions on findings,
/// the score sheet, the review steps with their return reasons, the review actions the caller may take and downloads.
/// Every change posts the ETag of the version shown; another change in between gives “已被他人修改，请刷新后重试”.
/// What never changes in a version (findings, tables, score sheet) comes from the <see cref="ReportViewCache"/>; the
/// report, its versions, the decisions and the review steps are read for every request.
/// </summary>
public sealed class ViewModel(ReportAccess access, ReportStore store, JixiaoDbContext db, ReportViewCache views) : WorkbenchPage
{
    /// <summary>The export formats offered for download, with their labels.</summary>
    public static readonly IReadOnlyList<(string Format, string Label)> Downloads = [("docx", "Word（.docx）"), ("pdf", "PDF"), ("html", "网页（.html）"), ("xlsx", "自评工作簿（.xlsx）")];

    public StoredReport Report { get; private set; } = null!;

    public VersionHeader Version { get; private set; } = null!;

    /// <summary>The ETag of the report's latest version, which the forms post back (If-Match).</summary>
    public string CurrentETag { get; private set; } = string.Empty;

    public IReadOnlyList<VersionHeader> Versions { get; private set; } = [];

    /// <summary>The version's tables as HTML, each figure keyed and flagged with the findings that quote it (<see cref="ReportTablesHtml"/>).</summary>
    public IHtmlContent Tables { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public ScoreSheet? Score { get; private set; }

    public IReadOnlyList<WorkflowEvent> Steps { get; private set; } = [];

    public Timeliness Timeliness { get; private set; } = Timeliness.None;

    /// <summary>The reason of the latest return when the report is 已退回; null otherwise.</summary>
    public string? ReturnReason { get; private set; }

    public bool MayDecide { get; private set; }

    public bool MaySubmit { get; private set; }

    public bool MayReturn { get; private set; }

    public bool MayApprove { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? version, CancellationToken cancellationToken) =>
        await LoadAsync(id, version, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(int id, string? etag, CancellationToken cancellationToken) =>
        StepAsync(id, WorkflowAction.Submit, null, etag, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(int id, string? reason, string? etag, CancellationToken cancellationToken) =>
        StepAsync(id, WorkflowAction.Return, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), etag, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, string? etag, CancellationToken cancellationToken) =>
        StepAsync(id, WorkflowAction.Approve, null, etag, cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(
        int id, string? ruleId, string? fingerprint, string? decision, string? text, string? etag, CancellationToken cancellationToken)
    {
        var body = new FindingEndpoints.DecisionBody(ruleId, fingerprint, decision, text);
        var (stored, _, problem) = await FindingEndpoints.DecideAsync(id, body, Matches(etag), Caller, access, store, cancellationToken).ConfigureAwait(false);
        return stored is null ? await FailedAsync(id, problem!, cancellationToken).ConfigureAwait(false) : Redirect($"/reports/{id}");
    }

    private async Task<IActionResult> StepAsync(int id, WorkflowAction action, string? reason, string? etag, CancellationToken cancellationToken)
    {
        var (changed, _, problem) = await WorkflowEndpoints.TakeStepAsync(id, action, reason, Matches(etag), Caller, access, store, cancellationToken).ConfigureAwait(false);
        return changed is null ? await FailedAsync(id, problem!, cancellationToken).ConfigureAwait(false) : Redirect($"/reports/{id}");
    }

    /// <summary>If-Match for a form: the posted ETag must be the current version's.</summary>
    private static Func<ReportVersion?, bool> Matches(string? etag) => current => current is not null && VersionETag.Of(current) == etag;

    private async Task<IActionResult> FailedAsync(int id, IResult problem, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        Message = ProblemText.Of(problem);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int? number, CancellationToken cancellationToken)
    {
        var report = await access.VisibleReportAsync(Caller, id, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return false;
        }

        Versions = await VersionHeader.OfReportAsync(db, id, cancellationToken).ConfigureAwait(false);
        var version = number is null ? (Versions.Count == 0 ? null : Versions[^1]) : Versions.FirstOrDefault(v => v.Number == number);
        if (version is null)
        {
            return false;
        }

        Report = report;
        Version = version;
        var latest = Versions[^1];
        CurrentETag = VersionETag.Of(latest.ReportId, latest.Number, latest.ContentHash);
        var view = await views.GetAsync(version, cancellationToken).ConfigureAwait(false);
        var decisions = VersionFindings.Holding(await store.DecisionsAsync(id, version.Number, cancellationToken).ConfigureAwait(false));
        Findings = [.. view.Findings.Select((f, i) => new FindingView(i + 1, f.Finding, f.Fingerprint, decisions.GetValueOrDefault(f.Fingerprint)))];
        Tables = view.Tables;
        Score = view.Score;
        Steps = await store.WorkflowAsync(id, cancellationToken).ConfigureAwait(false);
        Timeliness = await store.TimelinessAsync(report, cancellationToken).ConfigureAwait(false);
        ReturnReason = report.Status == ReportStatus.Returned ? ReportRow.LatestReturnReason(Steps) : null;
        MayDecide = FindingEndpoints.MayDecide(Caller, report);
        MaySubmit = WorkflowEndpoints.Allows(WorkflowAction.Submit, Caller, report);
        MayReturn = WorkflowEndpoints.Allows(WorkflowAction.Return, Caller, report);
        MayApprove = WorkflowEndpoints.Allows(WorkflowAction.Approve, Caller, report);
        return true;
    }
}
