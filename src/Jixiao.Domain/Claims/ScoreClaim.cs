using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>"指标得分20分，自评得分18.43分": the points of a scoring item and the self-assessed score.</summary>
public sealed record ScoreClaim(string Item, Stated? MaxScore, Stated? SelfScore, SourceLocation Location) : Claim(Location);
