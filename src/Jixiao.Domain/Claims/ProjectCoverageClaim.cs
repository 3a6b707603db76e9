using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>
/// "其中一级项目7个，二级项目32个，共涉及资金1126万元，占一般公共预算项目支出总额的100%":
/// the projects covered by the self-evaluation.
/// </summary>
public sealed record ProjectCoverageClaim(Stated? Level1Projects, Stated? Level2Projects, Stated? Funds, Stated? Share, SourceLocation Location) : Claim(Location);
