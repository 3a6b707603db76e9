using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Claims;

/// <summary>"完成率在100-150%的指标有7个，合计得分为100分": indicators of a category in a completion band.</summary>
public sealed record CompletionBandClaim(
    IndicatorCategory Category,
    decimal LowerPercent,
    decimal UpperPercent,
    Stated Count,
    Stated? TotalScore,
    SourceLocation Location) : Claim(Location);
