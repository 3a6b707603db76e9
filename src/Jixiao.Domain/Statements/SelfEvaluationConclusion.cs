using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Statements;

/// <summary>The self-evaluation conclusion (自评结论): 全年预算数, 执行数 and 完成预算的 N%.</summary>
public sealed record SelfEvaluationConclusion(Stated? Budget, Stated? Executed, Stated? ExecutionRate, SourceLocation Location);
