using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Projects;

/// <summary>
/// One funding row of a self-evaluation table (项目资金 / 预算执行情况): 年初预算数, 全年预算数 (调整后预算数),
/// 全年执行数 (预算执行数), 分值 (权重), 执行率 and 得分, each as printed or null where the cell is blank or "/".
/// </summary>
/// <param name="Label">The row label as printed ("其中:财政资金").</param>
/// <param name="Source">Which row it is: the total or one 其中 source.</param>
/// <param name="Initial">年初预算数.</param>
/// <param name="Adjusted">全年预算数 / 调整后预算数.</param>
/// <param name="Actual">全年执行数 / 预算执行数.</param>
/// <param name="Weight">分值 / 权重 (usually 10, on the total row only).</param>
/// <param name="ExecutionRate">执行率 / 预算执行率.</param>
/// <param name="Score">得分.</param>
/// <param name="Reason">原因 / 说明 cell text, when the row carries one.</param>
/// <param name="Location">Where the row stands.</param>
public sealed record FundingRow(
    string Label,
    FundingSource Source,
    Stated? Initial,
    Stated? Adjusted,
    Stated? Actual,
    Stated? Weight,
    Stated? ExecutionRate,
    Stated? Score,
    string? Reason,
    SourceLocation Location);
