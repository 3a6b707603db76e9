using Jixiao.Audit.Rules.Scoring;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Endpoints;
using Jixiao.Web.Security;
using Jixiao.Web.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Reports;

/// <summary>
/// A report (/reports/{id}?version=n): header, the tables composed from the model with each figure keyed by where it was
/// stated, the findings beside them (click: highlight the figures; hover a figure: its findings), decisions on findings,
/// the score sheet, the review steps with their return reasons, the review actions the caller may take and downloads.
/// Every change posts the ETag of the version shown; another change in between gives “已被他人修改，请刷新后重试”.
/// </summary>
public sealed class ViewModel(ReportAccess access, ReportStore store) : WorkbenchPage
{
    /// <summary>The export formats offered for download, with their labels.</summary>
    public static readonly IReadOnlyList<(string Format, string Label)> Downloads = [("docx", "Word（.docx）"), ("pdf", "PDF"), ("html", "网页（.html）"), ("xlsx", "自评工作簿（.xlsx）")];

    public StoredReport Report { get; private set; } = null!;

    public ReportVersion Version { get; private set; } = null!;

    /// <summary>The ETag of the report's latest version, which the forms post back (If-Match).</summary>
    public string CurrentETag { get; private set; } = string.Empty;

    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    public IReadOnlyList<TablePart> Tables { get; private set; } = [];

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    /// <summary>For each figure key, the findings that quote it (its hover text).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FindingView>> FindingsByKey { get; private set; } = new Dictionary<string, IReadOnlyList<FindingView>>();

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
        var (version, _) = await ReportEndpoints.VisibleVersionAsync(id, number, Caller, access, store, cancellationToken).ConfigureAwait(false);
        var report = version is null ? null : await access.VisibleReportAsync(Caller, id, cancellationToken).ConfigureAwait(false);
        if (version is null || report is null)
        {
            return false;
        }

        Report = report;
        Version = version;
        Versions = await store.VersionsAsync(id, cancellationToken).ConfigureAwait(false);
        CurrentETag = VersionETag.Of(Versions[^1]);
        var findings = await VersionFindings.OfAsync(version, store, cancellationToken).ConfigureAwait(false);
        Findings = [.. findings.Document.Findings.Select((f, i) => new FindingView(i + 1, f, findings.Fingerprints[i], findings.Decisions[i]))];
        FindingsByKey = Findings
            .SelectMany(f => f.Keys.Select(k => (Key: k, Finding: f)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FindingView>)[.. g.Select(p => p.Finding)], StringComparer.Ordinal);
        var composed = ReportComposer.Compose(findings.Model, CompositionOptions.Default with { Charts = false });
        Tables = [.. composed.Parts.OfType<TablePart>().Prepend(FinanceTable.Of(findings.Model)).OfType<TablePart>()];
        Score = ScoreSheetBuilder.Build(findings.Model, SchemeLibrary.DefaultFor(findings.Model));
        Steps = await store.WorkflowAsync(id, cancellationToken).ConfigureAwait(false);
        Timeliness = await store.TimelinessAsync(report, cancellationToken).ConfigureAwait(false);
        ReturnReason = report.Status == ReportStatus.Returned ? ReportRow.LatestReturnReason(Steps) : null;
        MayDecide = FindingEndpoints.MayDecide(Caller, report);
        MaySubmit = WorkflowEndpoints.Allows(WorkflowAction.Submit, Caller, report);
        MayReturn = WorkflowEndpoints.Allows(WorkflowAction.Return, Caller, report);
        MayApprove = WorkflowEndpoints.Allows(WorkflowAction.Approve, Caller, report);
        return true;
    }

    /// <summary>The hover text of a figure: the findings that quote it, one per line; null when none.</summary>
    public string? HoverText(string? key) =>
        key is not null && FindingsByKey.TryGetValue(key, out var findings)
            ? string.Join("\n", findings.Select(f => $"{f.Number}. [{f.Finding.RuleId}] {f.Finding.Title}"))
            : null;
}
