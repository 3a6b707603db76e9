using System.Text.Json.Serialization;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Budgets;

/// <summary>
/// The budget-execution table (表3 部门预算情况): basic-expenditure blocks (department, then units)
/// and the project rows with their total.
/// </summary>
public sealed record BudgetExecutionTable(
    string? Caption,
    IReadOnlyList<BudgetBlock> BasicBlocks,
    IReadOnlyList<BudgetRow> Projects,
    BudgetRow? ProjectTotal,
    SourceLocation Location)
{
    [JsonIgnore]
    public BudgetBlock? DepartmentBlock => BasicBlocks.FirstOrDefault(b => b.IsDepartment);

    [JsonIgnore]
    public IEnumerable<BudgetBlock> UnitBlocks => BasicBlocks.Where(b => !b.IsDepartment);
}
