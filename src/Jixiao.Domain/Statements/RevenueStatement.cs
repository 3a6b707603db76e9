namespace Jixiao.Domain.Statements;

/// <summary>The revenue sentences of 部门整体收支情况: the total and the fund sources listed under 其中.</summary>
public sealed record RevenueStatement(RevenueLine Total, IReadOnlyList<RevenueLine> Sources);
