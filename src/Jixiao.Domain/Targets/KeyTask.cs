using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Targets;

/// <summary>A key task of the year (年度重点工作任务) with its planned funds (拟投入的资金).</summary>
public sealed record KeyTask(string Name, string? Content, Stated? Funds, string? Expected, SourceLocation Location);
