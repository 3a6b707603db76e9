using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Engine;

/// <summary>
/// A finding: the rule, the effective severity, whether the difference is within rounding, the rendered
/// title and message, where it stands, every number compared, and expected / actual / difference as text.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    bool WithinRounding,
    string Title,
    string Message,
    SourceLocation Location,
    IReadOnlyList<FindingValue> Values,
    string? Expected,
    string? Actual,
    string? Difference,
    IReadOnlyDictionary<string, string> Arguments);
