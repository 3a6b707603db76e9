using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Budgets;

/// <summary>One economic-classification line (经济分类): its amount and its share of the total.</summary>
public sealed record EconomicRow(string Name, Stated? Amount, Stated? Share, SourceLocation Location);
