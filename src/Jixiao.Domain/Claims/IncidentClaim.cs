using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>
/// "发生一般生产安全事故共12宗、亡12人": events of a kind that occurred in the year.
/// </summary>
/// <param name="Subject">The normalised subject an indicator name may mention, e.g. "安全事故", "火灾".</param>
/// <param name="Description">The event as described, e.g. "一般生产安全事故".</param>
public sealed record IncidentClaim(string Subject, string Description, Stated Count, Stated? Deaths, SourceLocation Location) : Claim(Location);
