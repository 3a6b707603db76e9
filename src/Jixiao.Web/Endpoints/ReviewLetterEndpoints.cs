using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Audit.Rules.Scoring;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Html;
using Jixiao.Domain.Scoring;
using Jixiao.Web.Security;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// `GET /api/reports/{id}/review-letter?format=docx|html[&amp;version=n]`: the review letter (审核意见书) of a version — the
/// reviewer's last return or approval of that version with its reason, the score sheet summary, and the findings with
/// the decisions on them (已说明 with the explanation; 误报 listed apart) — laid out by <see cref="ReviewLetterComposer"/>.
/// </summary>
public static class ReviewLetterEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Html = "text/html; charset=utf-8";
    private const string NoValue = "—";

    /// <summary>Beijing time: the letter is dated as the bureau would date it.</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/reports/{id:int}/review-letter", Get);

    private static async Task<IResult> Get(
        int id, int? version, string? format, Caller caller, ReportAccess access, ReportStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var (stored, problem) = await ReportEndpoints.VisibleVersionAsync(id, version, caller, access, store, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return problem!;
        }

        var wanted = format?.Trim().ToLowerInvariant();
        if (wanted is not ("docx" or "html"))
        {
            return Problems.BadRequest($"format 须为 docx 或 html（收到“{format}”）");
        }

        var report = (await access.VisibleReportAsync(caller, id, cancellationToken).ConfigureAwait(false))!;
        var findings = await VersionFindings.OfAsync(stored, store, cancellationToken).ConfigureAwait(false);
        var step = (await store.WorkflowAsync(id, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(w => w.VersionNumber == stored.Number && w.To is ReportStatus.Returned or ReportStatus.Approved
                || w is { From: ReportStatus.ParentReview, To: ReportStatus.Submitted });
        var reviewer = step is null ? null : (await store.FindUserAsync(step.UserId, cancellationToken).ConfigureAwait(false))?.Name;
        var when = (step?.When ?? DateTimeOffset.UtcNow).ToOffset(Beijing);

        var decided = findings.Document.Findings.Select((f, i) => (Finding: f, Decision: findings.Decisions[i])).ToArray();
        ReviewLetterFinding[] Lines(Func<DecisionRecord?, bool> which) =>
            [.. decided.Where(d => which(d.Decision)).Select(d => new ReviewLetterFinding(
                d.Finding.RuleId, SeverityNames.Chinese(d.Finding.Severity), d.Finding.Title, d.Finding.Message,
                AuditLabels.Where(d.Finding.Location, findings.Model.Source?.Format), d.Decision?.Text))];

        var letter = new ReviewLetter(
            stored.Department,
            stored.Year,
            GenreNames.Chinese(stored.Genre),
            stored.Number,
            Conclusion(step, report.Status),
            step?.Reason,
            reviewer,
            DateOnly.FromDateTime(when.DateTime),
            Summary(ScoreSheetBuilder.Build(findings.Model, SchemeLibrary.DefaultFor(findings.Model))),
            Lines(d => d is null),
            Lines(d => d?.Decision == FindingDecisionKind.Explained),
            Lines(d => d?.Decision == FindingDecisionKind.FalsePositive));
        var document = ReviewLetterComposer.Compose(letter);
        var name = $"{stored.Department}{stored.Year}年{GenreNames.Chinese(stored.Genre)}审核意见（第{stored.Number}版）.{wanted}";
        response.Headers.ETag = VersionETag.Of(stored);
        return wanted == "docx"
            ? Results.File(DocxReportWriter.Write(document), Docx, name)
            : Results.File(System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document)), Html, name);
    }

    /// <summary>What the reviewer decided on the version, or where the report stands when nobody has yet.</summary>
    private static string Conclusion(WorkflowEvent? step, ReportStatus status) => step switch
    {
        { To: ReportStatus.Returned } => "退回修改",
        { To: ReportStatus.Approved } => "审核通过",
        { To: ReportStatus.Submitted } => "主管部门审核通过，报送财政审核",
        _ => $"尚未作出审核结论（{ReportStatusNames.Sentence(status)}），以下为审核发现的问题",
    };

    private static ReviewLetterScore Summary(ScoreSheet sheet) => new(
        sheet.SchemeTitle.Length > 0 ? sheet.SchemeTitle : sheet.Scheme,
        Score(sheet.Total),
        sheet.Grade,
        sheet.StatedTotal?.Text,
        sheet.StatedGrade ?? sheet.GradeOfStatedTotal,
        [.. sheet.Lines.Where(l => l.Depth == 0).Select(l => new ReviewLetterScoreItem(l.Name, Score(l.Points) ?? NoValue, Score(l.Awarded) ?? NoValue, l.Stated?.Text ?? NoValue))]);

    private static string? Score(decimal? value) => value is { } score ? IndicatorScorer.N(score) : null;
}
