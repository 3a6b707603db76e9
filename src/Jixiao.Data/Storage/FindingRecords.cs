using Jixiao.Audit.Engine;
using Jixiao.Data.Entities;
using Jixiao.Domain.Reports;

namespace Jixiao.Data.Storage;

/// <summary>An audit's findings as the store keeps them with a version: rule, severity, message and where.</summary>
public static class FindingRecords
{
    public static IReadOnlyList<FindingRecord> Of(Report report, AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(result);
        return result.Findings
            .Select(f => new FindingRecord(f.RuleId, Severity(f.Severity), f.Message, AuditLabels.Where(f, report.Source?.Format)))
            .ToArray();
    }

    private static FindingSeverity Severity(Severity severity) => severity switch
    {
        Audit.Engine.Severity.Error => FindingSeverity.Error,
        Audit.Engine.Severity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
