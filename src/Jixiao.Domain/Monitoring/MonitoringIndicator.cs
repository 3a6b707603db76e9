using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// One indicator row of a monitoring table (绩效目标完成情况).
/// </summary>
/// <param name="Level1">一级指标 (carried down from the row above where the cell is merged).</param>
/// <param name="Level2">二级指标 (carried down likewise).</param>
/// <param name="Name">三级指标.</param>
/// <param name="Target">年度指标值, read by <see cref="TargetParser"/> with the indicator's name.</param>
/// <param name="ToDateText">1-N月实际完成值 as printed.</param>
/// <param name="ToDate">1-N月实际完成值 as a number, when it is one.</param>
/// <param name="ForecastText">全年预计完成值 as printed.</param>
/// <param name="Forecast">全年预计完成值 as a number, when it is one.</param>
/// <param name="Cause">偏差原因 category, when the cell names one.</param>
/// <param name="Explanation">原因说明 (or the 偏差原因 cell's words beyond the category).</param>
/// <param name="Likelihood">完成目标可能性.</param>
/// <param name="Location">Where the row stands.</param>
public sealed record MonitoringIndicator(
    string? Level1,
    string? Level2,
    string Name,
    TargetValue Target,
    string? ToDateText,
    Stated? ToDate,
    string? ForecastText,
    Stated? Forecast,
    DeviationCause? Cause,
    string? Explanation,
    CompletionLikelihood? Likelihood,
    SourceLocation Location)
{
    /// <summary>True when the row gives any reason for a deviation (a category or words).</summary>
    public bool HasReason => Cause is not null || !string.IsNullOrWhiteSpace(Explanation);
}

/// <summary>偏差原因分析 categories of a monitoring table (财预〔2019〕136号).</summary>
public enum DeviationCause
{
    /// <summary>经费保障.</summary>
    Funding,
    /// <summary>制度保障.</summary>
    Institutional,
    /// <summary>人员保障.</summary>
    Staffing,
    /// <summary>硬件条件保障.</summary>
    Hardware,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>完成目标可能性 of a monitoring table.</summary>
public enum CompletionLikelihood
{
    /// <summary>确定能.</summary>
    Certain,
    /// <summary>有可能.</summary>
    Possible,
    /// <summary>完全不可能.</summary>
    Impossible,
}

/// <summary>The Chinese words of <see cref="DeviationCause"/> and <see cref="CompletionLikelihood"/>.</summary>
public static class MonitoringWords
{
    public static string Name(DeviationCause cause) => cause switch
    {
        DeviationCause.Funding => "经费保障",
        DeviationCause.Institutional => "制度保障",
        DeviationCause.Staffing => "人员保障",
        DeviationCause.Hardware => "硬件条件保障",
        _ => "其他",
    };

    public static string Name(CompletionLikelihood likelihood) => likelihood switch
    {
        CompletionLikelihood.Certain => "确定能",
        CompletionLikelihood.Possible => "有可能",
        _ => "完全不可能",
    };

    /// <summary>The category a 偏差原因 cell names ("经费保障：资金未到位" → Funding), or null.</summary>
    public static DeviationCause? CauseOf(string? text) => text switch
    {
        null => null,
        _ when text.Contains("经费", StringComparison.Ordinal) => DeviationCause.Funding,
        _ when text.Contains("制度", StringComparison.Ordinal) => DeviationCause.Institutional,
        _ when text.Contains("人员", StringComparison.Ordinal) => DeviationCause.Staffing,
        _ when text.Contains("硬件", StringComparison.Ordinal) => DeviationCause.Hardware,
        _ when text.StartsWith("其他", StringComparison.Ordinal) || text.StartsWith("其它", StringComparison.Ordinal) => DeviationCause.Other,
        _ => null,
    };

    /// <summary>The judgement a 完成目标可能性 cell states, or null ("完全不可能" is read before "可能").</summary>
    public static CompletionLikelihood? LikelihoodOf(string? text) => text switch
    {
        null => null,
        _ when text.Contains("不可能", StringComparison.Ordinal) || text.Contains("不能", StringComparison.Ordinal) => CompletionLikelihood.Impossible,
        _ when text.Contains("确定", StringComparison.Ordinal) || text.Trim() is "能" or "是" => CompletionLikelihood.Certain,
        _ when text.Contains("可能", StringComparison.Ordinal) => CompletionLikelihood.Possible,
        _ => null,
    };
}
