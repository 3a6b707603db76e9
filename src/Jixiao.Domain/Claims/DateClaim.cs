using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>A stated date of a performance-management step ("于2024年7月30日前开展了…绩效运行监控").</summary>
/// <param name="Text">The date as printed.</param>
/// <param name="Day">Null when only the month is printed.</param>
public sealed record DateClaim(DateKind Kind, string Text, int Year, int Month, int? Day, SourceLocation Location) : Claim(Location);
