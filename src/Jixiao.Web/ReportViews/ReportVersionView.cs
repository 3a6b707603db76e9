using Jixiao.Audit.Output;
using Jixiao.Domain.Scoring;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.ReportViews;

/// <summary>
/// What the report page shows of one version that never changes (versions are append-only): the findings of the audit
/// with their fingerprints, the report's tables already rendered as HTML (with each figure's key and the findings that
/// quote it as its hover text) and the score sheet. Decisions on findings, the review status and what the caller may do
/// change, and are read for every request.
/// </summary>
public sealed record ReportVersionView(IReadOnlyList<(FindingDocument Finding, string Fingerprint)> Findings, IHtmlContent Tables, ScoreSheet? Score)
{
    /// <summary>A rough size in bytes for the cache: the rendered tables (UTF-16) plus an allowance per finding and score line.</summary>
    public long EstimatedBytes { get; init; }
}
