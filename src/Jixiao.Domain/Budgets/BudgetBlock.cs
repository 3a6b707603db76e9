namespace Jixiao.Domain.Budgets;

/// <summary>
/// A block of basic-expenditure rows (基本支出) for the department as a whole or for one unit
/// (局本级, 下属单位): its lines and its 合计 row.
/// </summary>
/// <param name="Name">The block label as printed, e.g. "基本支出", "森防办基本支出".</param>
/// <param name="IsDepartment">True for the department-wide block; the others are its units.</param>
public sealed record BudgetBlock(string Name, bool IsDepartment, IReadOnlyList<BudgetRow> Lines, BudgetRow? Total);
