using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Budgets;

/// <summary>Expenditure by economic classification (表2 部门预算按经济分类执行情况).</summary>
public sealed record EconomicClassificationTable(string? Caption, IReadOnlyList<EconomicRow> Rows, EconomicRow? Total, SourceLocation Location);
