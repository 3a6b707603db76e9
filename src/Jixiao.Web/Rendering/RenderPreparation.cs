using Jixiao.Audit.Corrections;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Domain.Reports;

namespace Jixiao.Web.Rendering;

/// <summary>
/// What a generated report is made from, shared by `jixiao render`, `jixiao demo` and the API's export: the model
/// (corrected when asked) and its appendices (the review notes, the corrections).
/// </summary>
public static class RenderPreparation
{
    /// <summary>The model to render (corrected when asked) and what goes into its appendices.</summary>
    public static (Report Model, CompositionOptions Options) Prepare(Report report, bool correct, bool review, bool charts)
    {
        var (model, changes) = correct ? ReportCorrector.Correct(report) : (report, []);
        var notes = review ? ReviewNotes(model) : [];
        return (model, new CompositionOptions(notes, [.. changes.Select(c => c.ToString())], charts));
    }

    /// <summary>The audit's findings; for a target declaration only the indicator lint's (<see cref="LintRules"/>).</summary>
    private static ReviewNote[] ReviewNotes(Report report)
    {
        var result = new AuditEngine().Audit(report);
        var findings = report.Genre == ReportGenre.TargetDeclaration ? LintRules.Of(result) : result.Findings;
        return findings.Select(f => new ReviewNote(f.RuleId, SeverityNames.Chinese(f.Severity), f.Title, f.Message, AuditLabels.Where(f, report.Source?.Format))).ToArray();
    }
}
