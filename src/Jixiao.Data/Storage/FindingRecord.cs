using Jixiao.Data.Entities;

namespace Jixiao.Data.Storage;

/// <summary>A finding to store with a version, as the audit rendered it.</summary>
public sealed record FindingRecord(string RuleId, FindingSeverity Severity, string Message, string Location);
