using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Projects;

/// <summary>
/// An indicator row of a self-evaluation table (自评表绩效指标行): the shared <see cref="Targets.Indicator"/>
/// (一级/二级/三级, target, 完成值, 分值/权重 as <c>MaxScore</c>, 得分 as <c>Score</c>) plus the columns only the
/// self-evaluation forms print.
/// </summary>
/// <param name="Indicator">The indicator; its <c>AnnualTarget</c> joins 指标性质, 指标值 and 度量单位 ("=100%").</param>
/// <param name="Nature">指标性质 as printed (=, ≥, ≤, 定性…), null where the form has no such column.</param>
/// <param name="TargetValue">指标值 (年度指标值) as printed, without operator or unit where the form prints them apart.</param>
/// <param name="MeasureUnit">度量单位 / 计量单位 as printed.</param>
/// <param name="DeviationReason">偏差原因分析及改进措施 / 未完成原因分析.</param>
public sealed record TableIndicator(
    Indicator Indicator,
    string? Nature,
    string? TargetValue,
    string? MeasureUnit,
    string? DeviationReason);
