namespace Jixiao.Documents.Workbook;

/// <summary>One sheet of the workbook: its name, what it is for, whether it states a money unit (金额单位) and its blocks.</summary>
/// <param name="Name">The sheet name (工作表名).</param>
/// <param name="Purpose">What the sheet is for, for the 说明 sheet.</param>
/// <param name="HasMoneyUnit">True when row 2 holds the 金额单位 cell (元/万元) that all amounts on the sheet are in.</param>
public sealed record SheetSpec(string Name, string Purpose, bool HasMoneyUnit, IReadOnlyList<BlockSpec> Blocks);
