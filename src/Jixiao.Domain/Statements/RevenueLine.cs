using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Statements;

/// <summary>
/// One revenue line of the 收支 narrative: 预算收入 (initial), 调整预算数 (adjusted), 决算数 (final),
/// the increase over the prior year (比上年增加) and the growth rate (增长率).
/// </summary>
/// <param name="Source">The fund source as printed, e.g. "财政拨款"; null for the report's total.</param>
public sealed record RevenueLine(
    string? Source,
    Stated? Initial,
    Stated? Adjusted,
    Stated? Final,
    Stated? Increase,
    Stated? GrowthRate,
    SourceLocation Location);
