using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Claims;

/// <summary>
/// "共设立产出指标7个，其中数量指标1个，质量指标2个…": a stated count of indicators of one category,
/// with the level-2 counts listed under 其中 (empty when none are listed).
/// </summary>
public sealed record IndicatorCountClaim(
    IndicatorCategory Category,
    Stated Total,
    IReadOnlyList<SubcategoryCount> Parts,
    SourceLocation Location) : Claim(Location);

/// <summary>A stated count of indicators of one level-2 category.</summary>
public sealed record SubcategoryCount(IndicatorSubcategory Subcategory, Stated Count);
