using System.Text.Json.Serialization;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Budgets;

/// <summary>
/// One row of the budget-execution table: 年初预算 / 预算调增数 / 预算调减数 / 调整后预算数 / 实际支出 / 支出率.
/// </summary>
public sealed record BudgetRow(
    string Label,
    BudgetLineKind Kind,
    string? ImplementingUnit,
    Stated? Initial,
    Stated? Increase,
    Stated? Decrease,
    Stated? Adjusted,
    Stated? Actual,
    Stated? ExecutionRate,
    SourceLocation Location)
{
    /// <summary>True for the 三公经费 memo lines, which are not parts of the basic total.</summary>
    [JsonIgnore]
    public bool IsMemoLine => Kind is BudgetLineKind.OverseasTravel or BudgetLineKind.OfficialVehicles or BudgetLineKind.OfficialReception;

    public Stated? Get(BudgetColumn column) => column switch
    {
        BudgetColumn.Initial => Initial,
        BudgetColumn.Increase => Increase,
        BudgetColumn.Decrease => Decrease,
        BudgetColumn.Adjusted => Adjusted,
        BudgetColumn.Actual => Actual,
        BudgetColumn.ExecutionRate => ExecutionRate,
        _ => null,
    };
}
