using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Engine;

/// <summary>An audit rule: a pure function of a typed report. Rules never parse Chinese text.</summary>
public interface IAuditRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Check(Report report, AuditSettings settings);
}
