using Jixiao.Audit.Engine;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;

namespace Jixiao.Data.Storage;

/// <summary>
/// A report made ready to store, the same way for a web upload and an import job: audited with the default rules, its
/// findings turned into <see cref="FindingRecord"/>s, filed under its project ("" for a department-wide report).
/// </summary>
public static class AuditedDraft
{
    /// <summary>The project a report is filed under: its 项目名称, or "" for a department-wide report.</summary>
    public static string ProjectOf(Report report) => KeyFigures.Of(report).Project ?? string.Empty;

    /// <summary>Audits the report and builds the version to append, with the audit result for the caller's summary.</summary>
    public static (VersionDraft Draft, AuditResult Result) Of(Report report, string sourceFile, int? basedOn = null, JobReceipt? job = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new AuditEngine().Audit(report);
        var draft = new VersionDraft(report, FindingRecords.Of(report, result)) { Project = ProjectOf(report), SourceFile = sourceFile, BasedOn = basedOn, Job = job };
        return (draft, result);
    }
}
