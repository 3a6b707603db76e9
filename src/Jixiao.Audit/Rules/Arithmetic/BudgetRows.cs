using Jixiao.Domain.Budgets;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>Every row of 表3 in printed order: block lines and totals, projects and the project total.</summary>
public static class BudgetRows
{
    public static IEnumerable<BudgetRow> All(BudgetExecutionTable table) =>
        table.BasicBlocks.SelectMany(b => b.Lines.Append(b.Total).OfType<BudgetRow>())
            .Concat(table.Projects)
            .Concat(table.ProjectTotal is null ? [] : [table.ProjectTotal]);
}
