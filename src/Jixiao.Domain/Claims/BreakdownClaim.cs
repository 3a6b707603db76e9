using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>
/// A stated total broken down into parts ("共启动应急响应65次，其中…1次、…10次…"), each part
/// optionally with its stated share of the total ("占事故总数58.3%").
/// </summary>
public sealed record BreakdownClaim(string Subject, Stated Total, IReadOnlyList<BreakdownPart> Parts, SourceLocation Location) : Claim(Location);

/// <summary>One part of a breakdown.</summary>
public sealed record BreakdownPart(string Label, Stated Value, Stated? Share);
