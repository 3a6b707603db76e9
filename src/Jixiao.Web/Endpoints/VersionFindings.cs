using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.Reports;

namespace Jixiao.Web.Endpoints;

/// <summary>
/// A version's findings as the API (`GET …/findings`) and the workbench show them: the stored model, its audit document,
/// and for each finding (in the document's order) its fingerprint and the decision that holds on it, if any.
/// </summary>
public sealed record VersionFindings(Report Model, AuditDocument Document, IReadOnlyList<string> Fingerprints, IReadOnlyList<DecisionRecord?> Decisions)
{
    public static async Task<VersionFindings> OfAsync(ReportVersion version, ReportStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(store);
        var decisions = await store.DecisionsAsync(version.ReportId, version.Number, cancellationToken).ConfigureAwait(false);
        var current = Holding(decisions);
        var report = ReportEndpoints.Model(version);
        var result = new AuditEngine().Audit(report);
        var fingerprints = result.Findings.Select(FindingFingerprint.Of).ToArray();
        return new VersionFindings(
            report,
            AuditDocument.Of(report, result, scheme: null),
            fingerprints,
            [.. fingerprints.Select(f => current.GetValueOrDefault(f))]);
    }

    /// <summary>The decision that holds on each fingerprint: the latest of <paramref name="decisions"/> (oldest first) made on it.</summary>
    public static IReadOnlyDictionary<string, DecisionRecord> Holding(IReadOnlyList<DecisionRecord> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var current = new Dictionary<string, DecisionRecord>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            current[decision.Fingerprint] = decision;
        }

        return current;
    }
}
